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

    /** Connections accepted or made so far. */
    public long total() {
        return total;
    }
}
