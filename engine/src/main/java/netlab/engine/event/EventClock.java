package netlab.engine.event;

import java.time.Instant;

/** Monotonic time since the lab started, and the wall-clock instant it started at (for recordings). */
public final class EventClock {
    private final long epochNanos = System.nanoTime();
    private final Instant epochWall = Instant.now();

    public long nanos() {
        return System.nanoTime() - epochNanos;
    }

    public Instant startedAt() {
        return epochWall;
    }

    /** The wall-clock instant of an event time, for display. */
    public Instant toInstant(long nanos) {
        return epochWall.plusNanos(nanos);
    }
}
