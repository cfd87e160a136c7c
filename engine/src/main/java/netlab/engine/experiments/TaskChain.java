package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;

/**
 * Seed 002, the event loop scheduling a chain of coroutines: {@code print_sum} awaits
 * {@code compute}, which awaits {@code sleep}. The task runs in two steps: up to the sleep, and
 * from the sleep's end to the return; the timeline shows where it yields.
 *
 * <pre>
 * import asyncio
 *
 * async def compute(x, y):
 *     print("Compute %s + %s ..." % (x, y))
 *     await asyncio.sleep(1.0)   # e)
 *     return x + y
 *
 * async def print_sum(x, y):
 *     result = await compute(x, y)   # d)
 *     print("%s + %s = %s" % (x, y, result))
 *
 * loop = asyncio.get_event_loop()   # a)
 * task = loop.creat_task(print_sum(1, 2))   # b)
 * loop.run_until_complete(task)   # c)
 * loop.close()
 * </pre>
 *
 * (The seed's {@code creat_task} is a typo for {@code create_task}.) Awaiting a coroutine runs it
 * in the same task, with no scheduling in between: in Java that is a plain call.
 */
public final class TaskChain {
    private TaskChain() {
    }

    static int compute(int x, int y) {
        print("Compute %s + %s ...".formatted(x, y));
        Asyncio.sleep(1.0).await();   // e)
        return x + y;
    }

    static void printSum(int x, int y) {
        int result = compute(x, y);   // d)
        print("%s + %s = %s".formatted(x, y, result));
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();   // a)
        Task<Void> task = loop.createTask(() -> printSum(1, 2), "print_sum");   // b)
        loop.runUntilComplete(task);   // c)
        loop.close();
    }
}
