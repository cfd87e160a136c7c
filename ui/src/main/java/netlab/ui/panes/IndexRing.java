package netlab.ui.panes;

/** Growing ring of line numbers, oldest first: added at the end, dropped from the front, read by position. */
final class IndexRing {
    private long[] items = new long[16];
    private int head;
    private int size;

    void add(long index) {
        if (size == items.length) {
            long[] bigger = new long[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = index;
        size++;
    }

    long get(int position) {
        return items[(head + position) & (items.length - 1)];
    }

    long first() {
        return items[head];
    }

    void removeFirst() {
        head = (head + 1) & (items.length - 1);
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
