package netlab.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import java.nio.file.Path;

import netlab.engine.lab.Lab;
import netlab.engine.record.RecordingHeader;
import netlab.engine.record.RecordingWriter;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;

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
    /** Done with the name of the first handled signal (SIGINT, SIGTERM). */
    private final CompletableFuture<String> signal = new CompletableFuture<>();
    private final RecordingWriter recorder;
    private final PrintWriter err;

    Session(PrintWriter out, Verbosity verbosity) {
        this(out, verbosity, Recording.requested());
    }

    /** A session that records everything its lab does into {@code recording}'s file, when given. */
    Session(PrintWriter out, Verbosity verbosity, Recording recording) {
        this(out, verbosity, recording, null);
    }

    /** As above, its printed log held at a class's teaching moments by {@code gate} (null for none). */
    Session(PrintWriter out, Verbosity verbosity, Recording recording, netlab.engine.classroom.MomentGate gate) {
        this.err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        // the recorder subscribes before the printer and before anything runs: it sees every event
        recorder = recording == null ? null : RecordingWriter.start(lab.events(), recording.file(),
                RecordingHeader.now(lab.events().clock().startedAt(), recording.command()));
        printer = new ConsolePrinter(lab.events(), out, verbosity, gate);
        if (!verbosity.detailed() && recorder == null) {
            // a quiet run is a load run: count per-connection detail instead of reporting it; a
            // recorded one keeps every event (the file must hold every byte, -q only prints less)
            lab.events().setDetailed(false);
            lab.loop().controls().setTracing(false);
        }
    }

    Lab lab() {
        return lab;
    }

    ConsolePrinter printer() {
        return printer;
    }

    Logger main() {
        return lab.logging().getLogger("main");
    }

    /** After this, SIGINT and SIGTERM complete {@link #signal()} instead of killing the JVM. */
    void handleSignals() {
        for (String name : new String[] {"SIGINT", "SIGTERM"}) {
            lab.loop().signals().add(name, () -> signal.complete(name));
        }
    }

    /** Done with the name of the first SIGINT or SIGTERM once {@link #handleSignals()} took them. */
    CompletableFuture<String> signal() {
        return signal.copy();
    }

    /** Blocks until a handled signal arrives; returns its name. */
    String awaitSignal() throws InterruptedException {
        try {
            return signal.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code work} is done, a handled signal arrives, or {@code timeout} has passed,
     * whichever comes first; true when {@code work} is done.
     */
    boolean awaitDoneOrSignal(LoopFuture<?> work, Duration timeout) throws InterruptedException {
        try {
            CompletableFuture.anyOf(work.toCompletableFuture(), signal).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // done with an error (the caller reads it from work), or the time is up
        }
        return work.done();
    }

    /** Waits until {@code work} is done or a handled signal arrives; true when {@code work} is done. */
    boolean awaitDoneOrSignal(LoopFuture<?> work) throws InterruptedException {
        try {
            CompletableFuture.anyOf(work.toCompletableFuture(), signal).get();
        } catch (ExecutionException e) {
            // done with an error: the caller reads it from work
        }
        return work.done();
    }

    boolean wasInterrupted() {
        return signal.isDone();
    }

    @Override
    public void close() {
        if (lab.isClosed()) {
            return;
        }
        String reason = signal.getNow("the lab closed");
        if (recorder != null) {
            recorder.endsBecause(reason);
        }
        lab.close();
        printer.close();
        if (recorder != null) {
            // the lab's last events (its endpoints stopping, "closing event loop") are in the file before its end line
            RecordingWriter.Status s = finish(recorder.stop(reason));
            if (s.failure() != null) {
                err.println("netlab: the recording failed: " + s.failure());
            } else {
                err.println("netlab: recorded " + s.events() + " events (" + s.bytes() + " bytes) to " + s.file()
                        + (s.missed() > 0 ? "; " + s.missed() + " events are missing: the recording fell behind" : ""));
            }
        }
    }

    /** The recording's last status once its file is finished, or as far as it got in 10 s. */
    private RecordingWriter.Status finish(CompletableFuture<RecordingWriter.Status> finished) {
        try {
            return finished.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // what it wrote so far is said below
        }
        return recorder.status();
    }
}
