package netlab.ui.timeline;

/**
 * A bounded ring of items in time order: adding is O(1), the oldest go when it is full, and the
 * items of a time window are found by binary search, so drawing a window costs what is in it.
 * Times never go backwards: an item older than the newest is filed at the newest's time.
 */
final class TimeRing<T> {
    private final long[] times;
    private final Object[] items;
    private int start;
    private int size;
    private long dropped;

    TimeRing(int capacity) {
        times = new long[capacity];
        items = new Object[capacity];
    }

    void add(long time, T item) {
        if (size > 0) {
            time = Math.max(time, time(size - 1));
        }
        int at;
        if (size < items.length) {
            at = (start + size) % items.length;
            size++;
        } else {
            at = start;
            start = (start + 1) % items.length;
            dropped++;
        }
        times[at] = time;
        items[at] = item;
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[(start + i) % items.length];
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
        return (T) items[(start + i) % items.length];
    }

    /** The first index whose time is at or after {@code time}; {@link #size()} when none. */
    int lowerBound(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time(mid) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long dropped() {
        return dropped;
    }

    void clear() {
        start = 0;
        size = 0;
        java.util.Arrays.fill(items, null);
    }
}
