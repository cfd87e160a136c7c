package netlab.engine.subprocess;

import netlab.engine.bytes.Bytes;

/**
 * asyncio's {@code SubprocessProtocol}: the callbacks a child process makes, all on the loop
 * thread: {@code connection_made}; {@code pipe_data_received} for each read of stdout (fd 1) or
 * stderr (fd 2); {@code pipe_connection_lost} as each pipe closes; {@code process_exited}; and
 * {@code connection_lost} once the child has exited and every pipe is closed.
 *
 * <p>NetLab calls {@code process_exited} once the child's stdout and stderr have reached EOF (or
 * two seconds after it exited, if a grandchild keeps them open), so a protocol that collects the
 * output and uses it at {@code process_exited}, as seed 001 #14 does, always has all of it.
 * asyncio allows the exit to come before the last output.
 */
public interface SubprocessProtocol {
    default void connectionMade(SubprocessTransport transport) {
    }

    /** Bytes the child wrote to fd 1 or 2, exactly as one read of the pipe delivered them. */
    default void pipeDataReceived(int fd, Bytes data) {
    }

    /** The pipe to fd 0, 1 or 2 closed; {@code cause} null at a plain EOF or close. */
    default void pipeConnectionLost(int fd, Throwable cause) {
    }

    default void processExited() {
    }

    /** The stdin pipe's buffer went over its high water mark. */
    default void pauseWriting() {
    }

    default void resumeWriting() {
    }

    default void connectionLost(Throwable cause) {
    }
}
