package netlab.engine.testing;

import netlab.engine.event.EventClock;
import netlab.engine.event.EventStream;
import netlab.engine.loop.EventLoop;

/** A fresh event stream and loop for one test, with an {@link EventLog} on the stream; closes both. */
public final class TestLoop implements AutoCloseable {
    public final EventStream events = new EventStream(new EventClock());
    public final EventLog log = new EventLog(events);
    public final EventLoop loop = new EventLoop(events);

    /** The loop's thread (asked of the loop itself, so it is the real one). */
    public Thread thread() {
        return OnLoop.call(loop, Thread::currentThread);
    }

    @Override
    public void close() {
        loop.close();
        log.close();
        events.close();
    }
}
