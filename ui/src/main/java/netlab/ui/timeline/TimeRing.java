package netlab.ui.timeline;

/**
 * A bounded ring of items in time order: adding is O(1), the oldest go when it is full, and the
 * items of a time window are found by binary search, so drawing a window costs what is in it.
 * Times never go backwards: an item older than the newest is filed at the newest's time. Each item
 * also has its place in the order of events (its slot), for the order axis: found the same way.
 */
final class TimeRing<T> {
    private final long[] times;
    private final long[] orders;
    private final Object[] items;
    private int start;
    private int size;
    private long dropped;

    TimeRing(int capacity) {
        times = new long[capacity];
        orders = new long[capacity];
        items = new Object[capacity];
    }

    void add(long time, T item) {
        add(time, size > 0 ? order(size - 1) : 0, item);
    }

    /** Adds {@code item} at {@code time} and slot {@code order} (slots never go backwards either). */
    void add(long time, long order, T item) {
        if (size > 0) {
            time = Math.max(time, time(size - 1));
            order = Math.max(order, order(size - 1));
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
        orders[at] = order;
        items[at] = item;
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[(start + i) % items.length];
    }

    long order(int i) {
        return orders[(start + i) % items.length];
    }

    /** The item's key on {@code axis}: its time, or its slot in the order of events. */
    long key(int i, TimelineAxis axis) {
        return axis == TimelineAxis.ORDER ? order(i) : time(i);
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
        return (T) items[(start + i) % items.length];
    }

    /** The first index whose time is at or after {@code time}; {@link #size()} when none. */
    int lowerBound(long time) {
        return lowerBound(time, TimelineAxis.WALL_CLOCK);
    }

    /** The first index whose key on {@code axis} is at or after {@code key}; {@link #size()} when none. */
    int lowerBound(long key, TimelineAxis axis) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key(mid, axis) < key) {
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
