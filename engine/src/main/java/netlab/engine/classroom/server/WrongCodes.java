package netlab.engine.classroom.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong join codes per address, in one-minute windows: past the limit an address is refused
 * until its minute is over, so guessing a code takes years. Bounded (the oldest addresses are
 * forgotten first); thread-safe.
 */
final class WrongCodes {
    private static final long MINUTE = 60_000_000_000L;
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long start, int count) {
    }

    private final int perMinute;
    private final Map<String, Window> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    WrongCodes(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether {@code address} may try a code now. */
    synchronized boolean mayTry(String address) {
        Window w = current(address);
        return w == null || w.count < perMinute;
    }

    /** Counts a wrong code; returns how many this address tried in its minute. */
    synchronized int wrong(String address) {
        Window w = current(address);
        Window next = w == null ? new Window(System.nanoTime(), 1) : new Window(w.start, w.count + 1);
        byAddress.put(address, next);
        return next.count;
    }

    private Window current(String address) {
        Window w = byAddress.get(address);
        if (w != null && System.nanoTime() - w.start > MINUTE) {
            byAddress.remove(address);
            return null;
        }
        return w;
    }
}
