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
 * can take SIGINT from the command for a while and give it back. A loop's signals are
 * {@link EventLoop#signals()}; every method may be called from any thread.
 */
public final class Signals {
    private final EventLoop loop;
    private final Map<String, Deque<Runnable>> handlers = new HashMap<>();
    private final Map<String, SignalHandler> jvmHandlers = new HashMap<>();
    /** Signals {@link #raise}d and not yet dispatched: until they are, the JVM's handler stays out. */
    private final Map<String, Integer> inFlight = new HashMap<>();
    /**
     * Signals this process ignores (SIG_IGN from its parent: a job a shell started in the
     * background ignores SIGINT). The JVM installs no handler for them, so no kill reaches the
     * loop's; {@link #raise} hands them over itself.
     */
    private final java.util.Set<String> ignoredByProcess = new java.util.HashSet<>();

    Signals(EventLoop loop) {
        this.loop = loop;
    }

    /**
     * {@code add_signal_handler}: runs {@code callback} on the loop when the process gets the
     * signal ({@code SIGINT}, {@code SIGTERM}, ...), instead of the JVM's default action. A newer
     * handler for the same signal takes over until it is removed; then the one before it is back.
     *
     * @return false when the process ignores the signal (it was started so, as a shell starts a
     *         background job with SIGINT ignored): the JVM then lets no kill through to the
     *         handler, and only {@link #raise} can deliver it
     */
    public synchronized boolean add(String name, Runnable callback) {
        String key = key(name);
        Signal signal = signal(key);
        Deque<Runnable> stack = handlers.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (stack.isEmpty() && !jvmHandlers.containsKey(key)) {
            SignalHandler old = Signal.handle(signal, s -> dispatch(key));
            if (old == SignalHandler.SIG_IGN) {
                // HotSpot leaves a signal the process was started ignoring ignored, and says so by returning SIG_IGN
                ignoredByProcess.add(key);
            } else {
                jvmHandlers.put(key, old);
            }
        }
        stack.push(callback);
        return !ignoredByProcess.contains(key);
    }

    /**
     * Sends {@code name} to NetLab's own process ({@code sun.misc.Signal.raise}, as
     * {@code kill -INT <pid>} from a terminal would), so that the newest handler added with
     * {@link #add} runs, on the loop. This is how a window, which has no terminal, sends the
     * signals experiment its SIGINT. Refused with IllegalStateException when no loop handler
     * takes the signal: the JVM's own action (SIGINT, SIGTERM: exit) would end the lab. It never
     * blocks.
     */
    public void raise(String name) {
        String key = key(name);
        synchronized (this) {
            Deque<Runnable> stack = handlers.get(key);
            if (stack == null || stack.isEmpty()) {
                throw new IllegalStateException("nothing on the loop handles " + name
                        + " (add_signal_handler first): raising it would end NetLab itself");
            }
            if (!ignoredByProcess.contains(key)) {
                inFlight.merge(key, 1, Integer::sum);
                try {
                    Signal.raise(signal(key));
                } catch (IllegalArgumentException e) {
                    inFlight.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
                    throw e;
                }
                return;
            }
        }
        // the process ignores it, so a raised signal would be dropped: hand it over as delivery would
        deliver(key);
    }

    /** Whether the process ignores {@code name}, so that no kill from outside reaches a handler. */
    synchronized boolean ignoredByProcess(String name) {
        return ignoredByProcess.contains(key(name));
    }

    private void dispatch(String key) {
        synchronized (this) {
            inFlight.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
            Deque<Runnable> stack = handlers.get(key);
            if (stack == null || stack.isEmpty()) {
                restoreIfIdle(key);
                return;
            }
        }
        deliver(key);
    }

    /** The newest handler runs, as a loop callback. */
    private void deliver(String key) {
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

    /** {@code remove_signal_handler}: removes the newest handler for {@code name}; false if there was none. */
    public synchronized boolean remove(String name) {
        String key = key(name);
        Deque<Runnable> stack = handlers.get(key);
        if (stack == null || stack.isEmpty()) {
            return false;
        }
        stack.pop();
        restoreIfEmpty(key, stack);
        return true;
    }

    /** Removes this very handler for {@code name}, wherever it is in the stack; false if it was not there. */
    public synchronized boolean remove(String name, Runnable callback) {
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
            restoreIfIdle(key);
        }
    }

    /** Gives the signal back to the JVM once no handler wants it and none we raised is on its way. */
    private void restoreIfIdle(String key) {
        if (handlers.containsKey(key) || inFlight.containsKey(key)) {
            return;
        }
        SignalHandler old = jvmHandlers.remove(key);
        if (old != null) {
            Signal.handle(signal(key), old);
        }
    }

    /** Whether a loop handler takes {@code name} now. */
    public synchronized boolean handles(String name) {
        Deque<Runnable> stack = handlers.get(key(name));
        return stack != null && !stack.isEmpty();
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
