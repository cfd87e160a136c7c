package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.List;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;

/**
 * Seed 001 #7: three tasks compute factorials side by side on one thread; each sleeps one second
 * per step, so their lines interleave, exactly as the seed prints them.
 *
 * <pre>
 * import asyncio
 *
 * &#64;asyncio.coroutine
 * def factorial(name, number):
 *     f = 1
 *     for i in range(2, number+1):
 *         print("Task %s: Compute factorial(%s)..." % (name, i))
 *         yield from asyncio.sleep(1)
 *         f *= i
 *     print("Task %s: factorial(%s) = %s" % (name, number, f))
 *
 * loop = asyncio.get_event_loop()
 * tasks = [
 *     asyncio.ensure_future(factorial("A", 2)),
 *     asyncio.ensure_future(factorial("B", 3)),
 *     asyncio.ensure_future(factorial("C", 4))]
 * loop.run_until_complete(asyncio.gather(*tasks))
 * loop.close()
 * </pre>
 */
public final class GatherFactorial {
    private GatherFactorial() {
    }

    static void factorial(String name, int number) {
        long f = 1;
        for (int i = 2; i < number + 1; i++) {
            print("Task %s: Compute factorial(%s)...".formatted(name, i));
            Asyncio.sleep(1).await();
            f *= i;
        }
        print("Task %s: factorial(%s) = %s".formatted(name, number, f));
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        // named as the printed lines name them, for the timeline's lanes (CPython: Task-2..4)
        List<Task<Void>> tasks = List.of(
                Asyncio.ensureFuture(() -> factorial("A", 2), "A"),
                Asyncio.ensureFuture(() -> factorial("B", 3), "B"),
                Asyncio.ensureFuture(() -> factorial("C", 4), "C"));
        loop.runUntilComplete(Asyncio.gather(tasks));
        loop.close();
    }
}
