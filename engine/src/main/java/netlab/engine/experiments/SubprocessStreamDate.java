package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.subprocess.ChildProcess;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.subprocess.Redirect;
import netlab.engine.subprocess.Subprocesses;

/**
 * Seed 001 #15: the same child, controlled through a Process object: a StreamReader on its stdout
 * reads one line, then the coroutine waits for the child to exit.
 *
 * <pre>
 * import asyncio.subprocess
 * import sys
 *
 * &#64;asyncio.coroutine
 * def get_date():
 *     code = 'import datetime; print(datetime.datetime.now())'
 *
 *     # Create the subprocess, redirect the standard output into a pipe
 *     create = asyncio.create_subprocess_exec(sys.executable, '-c', code,
 *                                             stdout=asyncio.subprocess.PIPE)
 *     proc = yield from create
 *
 *     # Read one line of output
 *     data = yield from proc.stdout.readline()
 *     line = data.decode('ascii').rstrip()
 *
 *     # Wait for the subprocess exit
 *     yield from proc.wait()
 *     return line
 *
 * if sys.platform == "win32":
 *     loop = asyncio.ProactorEventLoop()
 *     asyncio.set_event_loop(loop)
 * else:
 *     loop = asyncio.get_event_loop()
 *
 * date = loop.run_until_complete(get_date())
 * print("Current date: %s" % date)
 * loop.close()
 * </pre>
 *
 * {@code sys.executable} is the machine's python3 (see {@link SysExecutable}); stdin and stderr,
 * not given, are inherited from the lab.
 */
public final class SubprocessStreamDate {
    private SubprocessStreamDate() {
    }

    static String getDate(ProgramLoop loop, List<String> sysExecutableCode) {
        // Create the subprocess, redirect the standard output into a pipe
        LoopFuture<ChildProcess> create = Subprocesses.createSubprocessExec(loop.loop(),
                ProcessSpec.exec(sysExecutableCode).withStdin(Redirect.INHERIT).withStdout(Redirect.PIPE).withStderr(Redirect.INHERIT));
        ChildProcess proc = create.await();

        // Read one line of output
        Bytes data = proc.stdout().readline().await();
        String line = data.decode(java.nio.charset.StandardCharsets.US_ASCII).stripTrailing();

        // Wait for the subprocess exit
        proc.waitExit().await();
        return line;
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        List<String> command = SysExecutable.printDate(context);
        String date = loop.runUntilComplete(() -> getDate(loop, command));
        print("Current date: %s".formatted(date));
        loop.close();
    }
}
