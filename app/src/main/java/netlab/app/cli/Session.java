package netlab.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import netlab.engine.bench.Lab;
import netlab.engine.log.Logger;

/**
 * A headless run: a lab, its console printer, and SIGINT/SIGTERM handled on the loop, as
 * {@code add_signal_handler} would. Closing it closes the lab first and then lets the printer
 * finish, so the last lines ("closing event loop") are never lost.
 */
final class Session implements AutoCloseable {
    private final Lab lab = new Lab();
    private final ConsolePrinter printer;
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private volatile String signal;

    Session(PrintWriter out, Verbosity verbosity) {
        printer = new ConsolePrinter(lab.events(), out, verbosity);
        if (!verbosity.detailed()) {
            // a quiet run is a load run: count per-connection detail instead of reporting it
            lab.events().setDetailed(false);
            lab.loop().setTracing(false);
        }
    }

    Lab lab() {
        return lab;
    }

    Logger main() {
        return lab.logging().getLogger("main");
    }

    /** After this, SIGINT and SIGTERM make {@link #awaitSignal} return instead of killing the JVM. */
    void handleSignals() {
        for (String name : new String[] {"SIGINT", "SIGTERM"}) {
            lab.loop().addSignalHandler(name, () -> {
                signal = name;
                interrupted.countDown();
            });
        }
    }

    /** Blocks until a handled signal arrives; returns its name. */
    String awaitSignal() throws InterruptedException {
        interrupted.await();
        return signal;
    }

    /** Waits up to {@code timeout} for a signal; true if one came. */
    boolean awaitSignal(Duration timeout) throws InterruptedException {
        return interrupted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean wasInterrupted() {
        return interrupted.getCount() == 0;
    }

    @Override
    public void close() {
        lab.close();
        printer.close();
    }
}
