package netlab.engine.loop;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tasks of one loop: those not done ({@code asyncio.all_tasks()}), numbered as they are made,
 * and the last few done, kept for the scheduler view so that a class sees how they ended. Loop
 * thread only.
 */
final class TaskRegistry {
    /** Finished tasks kept. */
    static final int RECENT = 32;

    private final Set<Task<?>> live = new LinkedHashSet<>();
    private final ArrayDeque<Task<?>> recent = new ArrayDeque<>();
    /**
     * The count tasks are numbered from: this loop's own, or one shared with the loops beside it
     * (a preset's programs), so that no two tasks of a lab share a number (asyncio's counter is the process's).
     */
    private final AtomicLong numbers;

    TaskRegistry() {
        this(new AtomicLong());
    }

    TaskRegistry(AtomicLong numbers) {
        this.numbers = numbers;
    }

    AtomicLong numbers() {
        return numbers;
    }

    /** Registers a task made now; returns its number. */
    long register(Task<?> task) {
        live.add(task);
        return numbers.incrementAndGet();
    }

    void done(Task<?> task) {
        live.remove(task);
        recent.addLast(task);
        while (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    Set<Task<?>> live() {
        return live;
    }

    Collection<Task<?>> recent() {
        return recent;
    }
}
