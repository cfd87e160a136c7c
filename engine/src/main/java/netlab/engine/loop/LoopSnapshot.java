package netlab.engine.loop;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.event.Origin;

/**
 * The scheduler at one moment, taken on the loop thread between two callbacks: what is ready to
 * run ({@code call_soon}), what is due later (the timer heap, earliest first), the I/O the loop
 * waits on, and every task and pending future with its state. Immutable, so any thread may keep
 * and show it.
 *
 * @param time      {@code loop.time()} when it was taken
 * @param iteration how many iterations the loop has run ({@code _run_once} calls)
 * @param paused    whether the loop is paused for stepping
 * @param tracing   whether task events and futures are being recorded (futures are listed only then)
 */
public record LoopSnapshot(double time, long iteration, boolean paused, boolean tracing,
                           List<Ready> ready, List<Timer> timers, List<Io> io, List<TaskInfo> tasks,
                           List<FutureInfo> futures, long lagNanos, long maxLagNanos) {

    public LoopSnapshot {
        ready = List.copyOf(ready);
        timers = List.copyOf(timers);
        io = List.copyOf(io);
        tasks = List.copyOf(tasks);
        futures = List.copyOf(futures);
    }

    /** A callback in the ready queue, in the order it will run. */
    public record Ready(int position, String callback, String origin) {
    }

    /**
     * A timer in the heap.
     *
     * @param when  loop time it is due at
     * @param dueIn seconds from the snapshot until then; negative when overdue (a paused or blocked loop)
     */
    public record Timer(double when, double dueIn, String callback, String origin) {
    }

    /**
     * Something the loop waits on for I/O: a listening socket, a connection, a pipe.
     *
     * @param kind  {@code listening}, {@code connection}, {@code pipe}, ...
     * @param what  its addresses or name
     * @param state what the loop waits for now: {@code accept}, {@code read}, {@code read paused},
     *              {@code write N bytes}, ...
     */
    public record Io(String kind, String what, String state, String origin) {
    }

    /**
     * A task.
     *
     * @param state     {@code created} (not stepped yet), {@code ready} (its next step is queued),
     *                  {@code running}, {@code waiting}, {@code done}, {@code cancelled}, {@code failed}
     * @param waitingOn what it awaits, while waiting
     * @param result    its result or exception once it is over
     */
    public record TaskInfo(long number, String name, String state, String waitingOn, long steps, String result,
                           String origin) {
        public boolean over() {
            return state.equals("done") || state.equals("cancelled") || state.equals("failed");
        }
    }

    /**
     * A pending future that is not a task.
     *
     * @param awaitedBy the tasks suspended on it
     * @param callbacks how many done callbacks wait for it
     */
    public record FutureInfo(long id, String description, String state, int callbacks, List<String> awaitedBy) {
        public FutureInfo {
            awaitedBy = List.copyOf(awaitedBy);
        }
    }

    /** Beyond this many entries a list is cut short: a snapshot must stay cheap on a busy loop. */
    static final int MAX_ENTRIES = 500;

    /** Takes one of {@code loop}; on its thread, between two callbacks. */
    static LoopSnapshot take(EventLoop loop) {
        long now = System.nanoTime();
        double time = loop.toLoopTime(now);

        List<Ready> ready = new ArrayList<>();
        int position = 0;
        for (Handle h : loop.readyQueue().handles()) {
            if (h.cancelled()) {
                continue;
            }
            if (ready.size() < MAX_ENTRIES) {
                ready.add(new Ready(++position, h.describe(), label(h.origin())));
            }
        }

        List<TimerHandle> heap = loop.timers().live();
        List<Timer> timers = new ArrayList<>();
        for (TimerHandle t : heap.subList(0, Math.min(heap.size(), MAX_ENTRIES))) {
            timers.add(new Timer(t.when(), (t.dueNanos() - now) / 1e9, t.describe(), label(t.origin())));
        }

        Map<LoopFuture<?>, List<String>> awaitedBy = new IdentityHashMap<>();
        List<TaskInfo> tasks = new ArrayList<>();
        for (Task<?> task : loop.tasks().live()) {
            if (task.waitingOn() != null) {
                awaitedBy.computeIfAbsent(task.waitingOn(), f -> new ArrayList<>()).add(task.name());
            }
            if (tasks.size() < MAX_ENTRIES) {
                tasks.add(info(task));
            }
        }
        for (Task<?> task : loop.tasks().recent()) {
            tasks.add(info(task));
        }

        List<FutureInfo> futures = new ArrayList<>();
        if (loop.controls().tracing()) {
            for (LoopFuture<?> f : loop.futures().pending()) {
                if (futures.size() >= MAX_ENTRIES) {
                    break;
                }
                futures.add(new FutureInfo(f.id(), f.label(), f.stateText(), f.callbackCount(),
                        awaitedBy.getOrDefault(f, List.of())));
            }
        }

        return new LoopSnapshot(time, loop.iterations(), loop.controls().paused(), loop.controls().tracing(), ready, timers,
                loop.io().describeAll(), tasks, futures, loop.lag().lastNanos(), loop.lag().maxNanos());
    }

    private static TaskInfo info(Task<?> task) {
        String state = task.state();
        LoopFuture<?> on = task.waitingOn();
        String waiting = state.equals("waiting") && on != null ? on.label() : null;
        return new TaskInfo(task.number(), task.name(), state, waiting, task.steps(), task.outcome(),
                label(task.context()));
    }

    private static String label(Origin origin) {
        return origin == null ? null : origin.label();
    }
}
