package netlab.engine.subprocess;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.LoopFuture;

/**
 * A child's stdin in the stream form ({@code proc.stdin}, a StreamWriter in asyncio): write, then
 * {@code await drain()} to wait while the pipe's buffer is full; close (or write_eof) to let the
 * child read EOF.
 */
public final class PipeWriter {
    private final WritePipe pipe;
    private final SubprocessStreamProtocol protocol;
    private final SubprocessTransport transport;

    PipeWriter(WritePipe pipe, SubprocessStreamProtocol protocol, SubprocessTransport transport) {
        this.pipe = pipe;
        this.protocol = protocol;
        this.transport = transport;
    }

    public void write(Bytes data) {
        pipe.write(data);
    }

    public void writelines(List<Bytes> data) {
        pipe.writelines(data);
    }

    /** Done once the buffer is under its low water mark; fails if the child stopped reading (BrokenPipeError). */
    public LoopFuture<Void> drain() {
        return protocol.drain();
    }

    public void writeEof() {
        pipe.writeEof();
    }

    public boolean canWriteEof() {
        return true;
    }

    public void close() {
        pipe.close();
    }

    public boolean isClosing() {
        return pipe.isClosing();
    }

    /** Bytes written and not yet taken by the pipe. */
    public long getWriteBufferSize() {
        return pipe.getWriteBufferSize();
    }

    public SubprocessTransport transport() {
        return transport;
    }
}
