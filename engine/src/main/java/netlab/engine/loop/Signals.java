package netlab.engine.loop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code loop.add_signal_handler}: the handler runs as a loop callback, never on the JVM's signal
 * thread, so it may touch anything the loop owns. Handlers for one signal stack up: the newest
 * gets it; removing it gives the signal back to the one before, and removing the last restores
 * the JVM's own handler. That is how a program run by the command line (the signals experiment)
 * can take SIGINT from the command for a while and give it back.
 */
final class Signals {
    private final EventLoop loop;
    private final Map<String, Deque<Runnable>> handlers = new HashMap<>();
    private final Map<String, SignalHandler> jvmHandlers = new HashMap<>();

    Signals(EventLoop loop) {
        this.loop = loop;
    }

    synchronized void add(String name, Runnable callback) {
        String key = key(name);
        Signal signal = signal(key);
        Deque<Runnable> stack = handlers.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (stack.isEmpty()) {
            SignalHandler old = Signal.handle(signal, s -> dispatch(key));
            jvmHandlers.put(key, old);
        }
        stack.push(callback);
    }

    private void dispatch(String key) {
        Runnable top;
        synchronized (this) {
            Deque<Runnable> stack = handlers.get(key);
            top = stack == null ? null : stack.peek();
        }
        if (top != null && !loop.isClosed()) {
            try {
                loop.callSoonThreadsafe(top);
            } catch (IllegalStateException closing) {
                // the loop closed as the signal came in: nobody is left to handle it
            }
        }
    }

    /** Removes the newest handler. */
    synchronized boolean remove(String name) {
        String key = key(name);
        Deque<Runnable> stack = handlers.get(key);
        if (stack == null || stack.isEmpty()) {
            return false;
        }
        stack.pop();
        restoreIfEmpty(key, stack);
        return true;
    }

    /** Removes this very handler, wherever it is in the stack. */
    synchronized boolean remove(String name, Runnable callback) {
        String key = key(name);
        Deque<Runnable> stack = handlers.get(key);
        if (stack == null || !stack.removeFirstOccurrence(callback)) {
            return false;
        }
        restoreIfEmpty(key, stack);
        return true;
    }

    private void restoreIfEmpty(String key, Deque<Runnable> stack) {
        if (stack.isEmpty()) {
            handlers.remove(key);
            SignalHandler old = jvmHandlers.remove(key);
            if (old != null) {
                Signal.handle(signal(key), old);
            }
        }
    }

    synchronized void removeAll() {
        for (String key : Map.copyOf(handlers).keySet()) {
            Deque<Runnable> stack = handlers.get(key);
            stack.clear();
            restoreIfEmpty(key, stack);
        }
    }

    private static String key(String name) {
        return name.startsWith("SIG") ? name.substring(3) : name;
    }

    private static Signal signal(String key) {
        try {
            return new Signal(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown signal SIG" + key + " (try SIGINT or SIGTERM)", e);
        }
    }
}
