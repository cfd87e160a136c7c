package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;

/**
 * Seed 001 #5: a coroutine sets a future's result after one second; {@code run_until_complete}
 * waits for the future.
 *
 * <pre>
 * import asyncio
 *
 * &#64;asyncio.coroutine
 * def slow_operation(future):
 *     yield from asyncio.sleep(1)
 *     future.set_result('Future is done!')
 *
 * loop = asyncio.get_event_loop()
 * future = asyncio.Future()
 * asyncio.ensure_future(slow_operation(future))
 * loop.run_until_complete(future)
 * print(future.result())
 * loop.close()
 * </pre>
 */
public final class FutureRunUntilComplete {
    private FutureRunUntilComplete() {
    }

    static void slowOperation(LoopFuture<String> future) {
        Asyncio.sleep(1).await();
        future.setResult("Future is done!");
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        LoopFuture<String> future = loop.createFuture();
        Asyncio.ensureFuture(() -> slowOperation(future));
        loop.runUntilComplete(future);
        print(future.result());
        loop.close();
    }
}
