package netlab.engine.loop;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.event.Origin;

/** Takes a {@link LoopSnapshot} of a loop; on its thread, between two callbacks. */
final class SchedulerView {
    /** Beyond this many entries a list is cut short: a snapshot must stay cheap on a busy loop. */
    static final int MAX_ENTRIES = 500;

    private SchedulerView() {
    }

    static LoopSnapshot take(EventLoop loop) {
        long now = System.nanoTime();
        double time = loop.toLoopTime(now);

        List<LoopSnapshot.Ready> ready = new ArrayList<>();
        int position = 0;
        for (Handle h : loop.readyQueue()) {
            if (h.cancelled()) {
                continue;
            }
            if (ready.size() < MAX_ENTRIES) {
                ready.add(new LoopSnapshot.Ready(++position, h.describe(), label(h.origin())));
            }
        }

        List<TimerHandle> heap = new ArrayList<>(loop.timerHeap());
        heap.removeIf(Handle::cancelled);
        heap.sort(null);
        List<LoopSnapshot.Timer> timers = new ArrayList<>();
        for (TimerHandle t : heap.subList(0, Math.min(heap.size(), MAX_ENTRIES))) {
            timers.add(new LoopSnapshot.Timer(t.when(), (t.dueNanos() - now) / 1e9, t.describe(), label(t.origin())));
        }

        Map<LoopFuture<?>, List<String>> awaitedBy = new IdentityHashMap<>();
        List<LoopSnapshot.TaskInfo> tasks = new ArrayList<>();
        for (Task<?> task : loop.liveTasks()) {
            if (task.waitingOn() != null) {
                awaitedBy.computeIfAbsent(task.waitingOn(), f -> new ArrayList<>()).add(task.name());
            }
            if (tasks.size() < MAX_ENTRIES) {
                tasks.add(info(task));
            }
        }
        for (Task<?> task : loop.recentTasks()) {
            tasks.add(info(task));
        }

        List<LoopSnapshot.FutureInfo> futures = new ArrayList<>();
        if (loop.tracing()) {
            for (LoopFuture<?> f : loop.futures().pending()) {
                if (futures.size() >= MAX_ENTRIES) {
                    break;
                }
                futures.add(new LoopSnapshot.FutureInfo(f.id(), f.label(), f.stateText(), f.callbackCount(),
                        awaitedBy.getOrDefault(f, List.of())));
            }
        }

        return new LoopSnapshot(time, loop.iterations(), loop.paused(), loop.tracing(), ready, timers,
                loop.io().describeAll(), tasks, futures, loop.lag().lastNanos(), loop.lag().maxNanos());
    }

    private static LoopSnapshot.TaskInfo info(Task<?> task) {
        String state = task.state();
        LoopFuture<?> on = task.waitingOn();
        String waiting = state.equals("waiting") && on != null ? on.label() : null;
        return new LoopSnapshot.TaskInfo(task.number(), task.name(), state, waiting, task.steps(), task.outcome(),
                label(task.context()));
    }

    private static String label(Origin origin) {
        return origin == null ? null : origin.label();
    }
}
