package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.subprocess.Redirect;
import netlab.engine.subprocess.SubprocessConnected;
import netlab.engine.subprocess.SubprocessProtocol;
import netlab.engine.subprocess.SubprocessTransport;
import netlab.engine.subprocess.Subprocesses;

/**
 * Seed 001 #14: a child process run with a protocol. {@code pipe_data_received} collects what the
 * child writes to its stdout, {@code process_exited} completes a future, and the coroutine prints
 * the date the child printed: "Current date: ...".
 *
 * <pre>
 * import asyncio
 * import sys
 *
 * class DateProtocol(asyncio.SubprocessProtocol):
 *     def __init__(self, exit_future):
 *         self.exit_future = exit_future
 *         self.output = bytearray()
 *
 *     def pipe_data_received(self, fd, data):
 *         self.output.extend(data)
 *
 *     def process_exited(self):
 *         self.exit_future.set_result(True)
 *
 * &#64;asyncio.coroutine
 * def get_date(loop):
 *     code = 'import datetime; print(datetime.datetime.now())'
 *     exit_future = asyncio.Future(loop=loop)
 *
 *     # Create the subprocess controlled by the protocol DateProtocol,
 *     # redirect the standard output into a pipe
 *     create = loop.subprocess_exec(lambda: DateProtocol(exit_future),
 *                                   sys.executable, '-c', code,
 *                                   stdin=None, stderr=None)
 *     transport, protocol = yield from create
 *
 *     # Wait for the subprocess exit using the process_exited() method
 *     # of the protocol
 *     yield from exit_future
 *
 *     # Close the stdout pipe
 *     transport.close()
 *
 *     # Read the output which was collected by the pipe_data_received()
 *     # method of the protocol
 *     data = bytes(protocol.output)
 *     return data.decode('ascii').rstrip()
 *
 * if sys.platform == "win32":
 *     loop = asyncio.ProactorEventLoop()
 *     asyncio.set_event_loop(loop)
 * else:
 *     loop = asyncio.get_event_loop()
 *
 * date = loop.run_until_complete(get_date(loop))
 * print("Current date: %s" % date)
 * loop.close()
 * </pre>
 *
 * {@code sys.executable} is the machine's python3 (see {@link SysExecutable}); {@code None} for
 * stdin and stderr means "inherit the lab's".
 */
public final class SubprocessProtocolDate {
    private SubprocessProtocolDate() {
    }

    static final class DateProtocol implements SubprocessProtocol {
        final LoopFuture<Boolean> exitFuture;
        final List<Bytes> output = new ArrayList<>();

        DateProtocol(LoopFuture<Boolean> exitFuture) {
            this.exitFuture = exitFuture;
        }

        @Override
        public void pipeDataReceived(int fd, Bytes data) {
            output.add(data);
        }

        @Override
        public void processExited() {
            exitFuture.setResult(true);
        }
    }

    static String getDate(ProgramLoop loop, List<String> sysExecutableCode) {
        LoopFuture<Boolean> exitFuture = loop.createFuture();

        // Create the subprocess controlled by the protocol DateProtocol,
        // redirect the standard output into a pipe
        LoopFuture<SubprocessConnected<DateProtocol>> create = Subprocesses.subprocessExec(loop.loop(),
                () -> new DateProtocol(exitFuture),
                ProcessSpec.exec(sysExecutableCode).withStdin(Redirect.INHERIT).withStderr(Redirect.INHERIT));
        SubprocessConnected<DateProtocol> connected = create.await();
        SubprocessTransport transport = connected.transport();
        DateProtocol protocol = connected.protocol();

        // Wait for the subprocess exit using the process_exited() method
        // of the protocol
        exitFuture.await();

        // Close the stdout pipe
        transport.close();

        // Read the output which was collected by the pipe_data_received()
        // method of the protocol
        Bytes data = Bytes.concat(protocol.output);
        return data.decode(java.nio.charset.StandardCharsets.US_ASCII).stripTrailing();
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        List<String> command = SysExecutable.printDate(context);
        String date = loop.runUntilComplete(() -> getDate(loop, command));
        print("Current date: %s".formatted(date));
        loop.close();
    }
}
