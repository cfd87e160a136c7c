package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.loop.ProgramLoop;

/**
 * Seed 001 #4: handlers for SIGINT and SIGTERM with {@code add_signal_handler}; the handler runs
 * as a loop callback and stops the loop. Send the signal from a terminal ({@code kill -INT N}) or
 * press Ctrl+C where NetLab runs headless.
 *
 * <pre>
 * import asyncio
 * import functools
 * import os
 * import signal
 *
 * def ask_exit(signame):
 *     print("got signal %s: exit" % signame)
 *     loop.stop()
 *
 * loop = asyncio.get_event_loop()
 * for signame in ('SIGINT', 'SIGTERM'):
 *     loop.add_signal_handler(getattr(signal, signame),
 *                             functools.partial(ask_exit, signame))
 *
 * print("Event loop running forever, press Ctrl+C to interrupt.")
 * print("pid %s: send SIGINT or SIGTERM to exit." % os.getpid())
 * try:
 *     loop.run_forever()
 * finally:
 *     loop.close()
 * </pre>
 *
 * The seed's {@code ask_exit} finds {@code loop} as a global; here it is passed along.
 */
public final class SignalHandlers {
    private SignalHandlers() {
    }

    static void askExit(String signame, ProgramLoop loop) {
        print("got signal %s: exit".formatted(signame));
        loop.stop();
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        for (String signame : new String[] {"SIGINT", "SIGTERM"}) {
            loop.addSignalHandler(signame, SignalHandlers::askExit, signame, loop);
        }

        print("Event loop running forever, press Ctrl+C to interrupt.");
        print("pid %s: send SIGINT or SIGTERM to exit.".formatted(ProcessHandle.current().pid()));
        try {
            loop.runForever();
        } finally {
            loop.close();
        }
    }
}
