package netlab.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import java.nio.file.Path;

import netlab.engine.lab.Lab;
import netlab.engine.record.RecordingHeader;
import netlab.engine.record.RecordingWriter;
import netlab.engine.log.Logger;

/**
 * A headless run: a lab, its console printer, and SIGINT/SIGTERM handled on the loop, as
 * {@code add_signal_handler} would. Closing it closes the lab first and then lets the printer
 * finish, so the last lines ("closing event loop") are never lost.
 */
final class Session implements AutoCloseable {
    /**
     * A recording asked for: {@code --record FILE}, or {@code ./netlab record -- ...} around the
     * command, which asks on the thread the command then runs on.
     */
    record Recording(Path file, String command) {
        private static final ThreadLocal<Recording> REQUESTED = new ThreadLocal<>();

        /** What {@code ./netlab record} asked for on this thread, if anything (asked once). */
        static Recording requested() {
            Recording r = REQUESTED.get();
            REQUESTED.remove();
            return r;
        }

        static void request(Recording r) {
            REQUESTED.set(r);
        }
    }

    private final Lab lab = new Lab();
    private final ConsolePrinter printer;
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final RecordingWriter recorder;
    private final PrintWriter err;
    private volatile String signal;

    Session(PrintWriter out, Verbosity verbosity) {
        this(out, verbosity, Recording.requested());
    }

    /** A session that records everything its lab does into {@code recording}'s file, when given. */
    Session(PrintWriter out, Verbosity verbosity, Recording recording) {
        this.err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        // the recorder subscribes before the printer and before anything runs: it sees every event
        recorder = recording == null ? null : RecordingWriter.start(lab.events(), recording.file(),
                RecordingHeader.now(lab.events().clock().startedAt(), recording.command()));
        printer = new ConsolePrinter(lab.events(), out, verbosity);
        if (!verbosity.detailed() && recorder == null) {
            // a quiet run is a load run: count per-connection detail instead of reporting it; a
            // recorded one keeps every event (the file must hold every byte, -q only prints less)
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
        if (lab.isClosed()) {
            return;
        }
        String reason = signal != null ? signal : "the lab closed";
        if (recorder != null) {
            recorder.endsBecause(reason);
        }
        lab.close();
        printer.close();
        if (recorder != null) {
            // the lab's last events (its endpoints stopping, "closing event loop") are in the file before its end line
            recorder.close(reason);
            RecordingWriter.Status s = recorder.status();
            if (s.failure() != null) {
                err.println("netlab: the recording failed: " + s.failure());
            } else {
                err.println("netlab: recorded " + s.events() + " events (" + s.bytes() + " bytes) to " + s.file()
                        + (s.missed() > 0 ? "; " + s.missed() + " events are missing: the recording fell behind" : ""));
            }
        }
    }
}
