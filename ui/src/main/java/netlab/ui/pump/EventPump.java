package netlab.ui.pump;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;
import netlab.engine.event.EventSource;
import netlab.engine.event.LabEvent;

/**
 * Brings events to the UI thread in batches: once per frame it drains at most
 * {@code maxPerFrame} events from its subscription and hands them to the sink in one call. What
 * does not fit waits for the next frame; what does not fit in the subscription is reported by an
 * elided marker. It never blocks and never posts a task per event.
 */
public final class EventPump {
    /** Events handled per frame at most unless told otherwise; the rest wait for the next frame. */
    public static final int MAX_PER_FRAME = 4_000;

    /** Receives one frame's events on the UI thread; the list is reused and must not be kept. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<LabEvent> batch, int backlog);
    }

    private final EventSource subscription;
    private final int maxPerFrame;
    private final Sink sink;
    private final List<LabEvent> batch;
    /** Written on the FX thread, read by whoever reports: each FrameStats guards itself. */
    private volatile FrameStats stats = new FrameStats();
    /** Made on start: a timer needs the FX toolkit, and tests drive {@link #pumpOnce()} without one. */
    private AnimationTimer timer;
    private LongConsumer onFrame = now -> { };

    public EventPump(EventSource subscription, int maxPerFrame, Sink sink) {
        if (maxPerFrame < 1) {
            throw new IllegalArgumentException("maxPerFrame must be positive, was " + maxPerFrame);
        }
        this.subscription = subscription;
        this.maxPerFrame = maxPerFrame;
        this.sink = sink;
        this.batch = new ArrayList<>(Math.min(maxPerFrame, 4096));
    }

    /** One frame's work; called by the timer, and by tests that drive frames themselves. Returns the events handled. */
    public int pumpOnce() {
        long start = System.nanoTime();
        batch.clear();
        int n = subscription.drainTo(batch, maxPerFrame);
        // the sink runs every frame, also empty ones: the backlog figure must fall back to 0
        try {
            sink.accept(batch, subscription.backlog());
        } finally {
            batch.clear();
            stats.work(System.nanoTime() - start, n);
        }
        return n;
    }

    /** Told the time of each frame the timer starts (not of frames driven by {@link #pumpOnce()}). */
    public void setOnFrame(LongConsumer onFrame) {
        this.onFrame = onFrame;
    }

    /** Starts pumping once per frame. FX thread only. */
    public void start() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stats.frame(now);
                    onFrame.accept(now);
                    pumpOnce();
                }
            };
        }
        timer.start();
    }

    /** Stops pumping and ends the source, so the engine stops queueing for this window. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        subscription.close();
    }

    /** Starts the statistics afresh, e.g. at the start of a measurement. */
    public void resetStats() {
        stats = new FrameStats();
    }

    public FrameStats.Snapshot stats() {
        return stats.snapshot();
    }

    /** See {@link FrameStats#longGapsBySecond()}. */
    public String longGapsBySecond() {
        return stats.longGapsBySecond();
    }

    public EventSource subscription() {
        return subscription;
    }
}
