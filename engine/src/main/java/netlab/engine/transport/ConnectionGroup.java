package netlab.engine.transport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live connections of one endpoint, and the numbering of its connections
 * ({@code server-1/1}, {@code server-1/2}, ...). Loop thread only.
 */
public final class ConnectionGroup {
    private final String endpoint;
    private final Set<Transport> live = new LinkedHashSet<>();
    private final List<Consumer<ConnectionGroup>> onEmpty = new ArrayList<>();
    private int counter;
    private long total;
    private int limit;
    private long refused;

    public ConnectionGroup(String endpoint) {
        this.endpoint = endpoint;
    }

    String nextId() {
        return endpoint + "/" + ++counter;
    }

    void add(Transport transport) {
        live.add(transport);
        total++;
    }

    void remove(Transport transport) {
        if (live.remove(transport) && live.isEmpty()) {
            List<Consumer<ConnectionGroup>> waiting = new ArrayList<>(onEmpty);
            onEmpty.clear();
            waiting.forEach(w -> w.accept(this));
        }
    }

    /** Runs {@code action} once no connection is live (now, if none is). */
    void whenEmpty(Consumer<ConnectionGroup> action) {
        if (live.isEmpty()) {
            action.accept(this);
        } else {
            onEmpty.add(action);
        }
    }

    public List<Transport> live() {
        return List.copyOf(live);
    }

    public int size() {
        return live.size();
    }

    /** At most this many live connections (0: no cap, as asyncio); set by the server that owns the group. */
    void limit(int max) {
        this.limit = max;
    }

    /** The cap on live connections; 0 when there is none. */
    public int limit() {
        return limit;
    }

    /** True when a new connection would pass the cap. */
    boolean full() {
        return limit > 0 && live.size() >= limit;
    }

    /** Counts one connection closed because the group was full; returns the count so far. */
    long refuse() {
        return ++refused;
    }

    /** Connections closed at once because the cap was reached. */
    public long refused() {
        return refused;
    }

    /** Connections accepted or made so far. */
    public long total() {
        return total;
    }
}
