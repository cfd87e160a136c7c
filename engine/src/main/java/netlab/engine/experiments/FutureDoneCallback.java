package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;

/**
 * Seed 001 #6: the same, with the control flow spelled out: {@code add_done_callback} links the
 * future to {@code got_result}, which prints the result and stops {@code run_forever}.
 *
 * <pre>
 * import asyncio
 *
 * &#64;asyncio.coroutine
 * def slow_operation(future):
 *     yield from asyncio.sleep(1)
 *     future.set_result('Future is done!')
 *
 * def got_result(future):
 *     print(future.result())
 *     loop.stop()
 *
 * loop = asyncio.get_event_loop()
 * future = asyncio.Future()
 * asyncio.ensure_future(slow_operation(future))
 * future.add_done_callback(got_result)
 * try:
 *     loop.run_forever()
 * finally:
 *     loop.close()
 * </pre>
 *
 * The seed's {@code got_result} finds {@code loop} as a global; here it is passed along.
 */
public final class FutureDoneCallback {
    private FutureDoneCallback() {
    }

    static void slowOperation(LoopFuture<String> future) {
        Asyncio.sleep(1).await();
        future.setResult("Future is done!");
    }

    static void gotResult(LoopFuture<String> future, ProgramLoop loop) {
        print(future.result());
        loop.stop();
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        LoopFuture<String> future = loop.createFuture();
        Asyncio.ensureFuture(() -> slowOperation(future));
        future.addDoneCallback(f -> gotResult(f, loop));
        try {
            loop.runForever();
        } finally {
            loop.close();
        }
    }
}
