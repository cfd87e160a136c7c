package netlab.engine.loop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code loop.add_signal_handler}: the handler runs as a loop callback, never on the JVM's signal
 * thread, so it may touch anything the loop owns. Removing the handler restores the JVM's own.
 */
final class Signals {
    private final EventLoop loop;
    private final Map<String, SignalHandler> previous = new ConcurrentHashMap<>();

    Signals(EventLoop loop) {
        this.loop = loop;
    }

    void add(String name, Runnable callback) {
        Signal signal = signal(name);
        SignalHandler old = Signal.handle(signal, s -> {
            if (!loop.isClosed()) {
                loop.callSoonThreadsafe(callback);
            }
        });
        previous.putIfAbsent(name, old);
    }

    boolean remove(String name) {
        SignalHandler old = previous.remove(name);
        if (old == null) {
            return false;
        }
        Signal.handle(signal(name), old);
        return true;
    }

    void removeAll() {
        for (String name : Map.copyOf(previous).keySet()) {
            remove(name);
        }
    }

    private static Signal signal(String name) {
        String n = name.startsWith("SIG") ? name.substring(3) : name;
        try {
            return new Signal(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown signal " + name + " (try SIGINT or SIGTERM)", e);
        }
    }
}
