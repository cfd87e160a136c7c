package netlab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.classroom.MomentGate;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;

/**
 * Prints the event stream as {@code logger: message} lines, on its own thread so that a slow
 * terminal never slows the loop. What it could not keep up with is printed as an elision marker.
 */
public final class ConsolePrinter implements AutoCloseable {
    private static final int CAPACITY = 1 << 16;

    private final EventSubscription subscription;
    private final PrintWriter out;
    private final Verbosity verbosity;
    private final Thread thread;
    private final MomentGate gate;

    public ConsolePrinter(EventStream stream, PrintWriter out, Verbosity verbosity) {
        this(stream, out, verbosity, null);
    }

    /**
     * A printer that holds the log at a class's teaching moments ({@code gate}; null for none):
     * {@link #release()} prints on from the moment.
     */
    public ConsolePrinter(EventStream stream, PrintWriter out, Verbosity verbosity, MomentGate gate) {
        this.subscription = stream.subscribe("console", CAPACITY);
        this.out = out;
        this.verbosity = verbosity;
        this.gate = gate;
        this.thread = new Thread(this::run, "netlab-console");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        List<LabEvent> batch = new ArrayList<>(1024);
        try {
            while (subscription.awaitDrainTo(batch, 4096, 200, TimeUnit.MILLISECONDS) >= 0) {
                for (LabEvent e : batch) {
                    if (gate == null) {
                        print(e);
                    } else {
                        gate.offer(e, this::print);
                    }
                }
                if (!batch.isEmpty()) {
                    out.flush();
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }

    private void print(LabEvent e) {
        if (verbosity.prints(e)) {
            out.println(verbosity.format(e));
        }
    }

    /** Prints what the gate held, up to its next moment; returns whether a moment holds again. */
    public boolean release() {
        boolean again = gate != null && gate.release(this::print);
        out.flush();
        return again;
    }

    /** Prints everything the gate holds, stopping at no moment. */
    public void releaseAll() {
        if (gate != null) {
            gate.releaseAll(this::print);
        }
        out.flush();
    }

    /** Prints what is left and stops; call once the lab is closed, so that nothing is missed. */
    @Override
    public void close() {
        subscription.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
