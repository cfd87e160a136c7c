package netlab.engine.event;

import java.util.Collection;


/**
 * Where a front end reads the lab's events from: a live subscription to a running lab, or a
 * recording being played. Both look the same to the reader, so live, step-through and replay are
 * one code path. Bounded: a source that cannot keep up hands over an {@code ELIDED} marker with
 * the count in place of what it dropped, never a silent gap. Never blocks.
 */
public interface EventSource extends AutoCloseable {
    /** Moves up to {@code max} events (markers included) into {@code out}, oldest first; returns how many. */
    int drainTo(Collection<? super LabEvent> out, int max);

    /** Events waiting to be drained. */
    int backlog();

    /** Stops receiving; what is queued can still be drained. */
    @Override
    void close();
}
