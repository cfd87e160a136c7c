package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.errors.CancelledError;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;

/**
 * Seed 002, {@code asyncio.shield}: the same cancel as in the cancel experiment, but the task is
 * shielded: the cancel reaches only the shield's outer future ("canceled: True"); the coroutine
 * inside never sees a CancelledError and goes on to "mytask end".
 *
 * <pre>
 * async def another_coroutine():
 *     print("hello")
 *     return "hi"
 *
 * async def my_coroutine():
 *     try:
 *         print("mytask start")
 *         await asyncio.sleep(2)
 *
 *     except asyncio.CancelledError as e:
 *         print("exception: asyncio.CancelledError, "
 *               "task.cancel() 会向被协程抛 CancelledError "
 *               "如果捕获不想上抛,则阻止了本次cancel")
 *         raise
 *
 *     await asyncio.sleep(3)
 *     print("mytask end")
 *     return True
 *
 * async def stop_coroutine(task):
 *     await asyncio.sleep(1)
 *     task.cancel() # 取消其他任务
 *     result = await another_coroutine()
 *     print(result)
 *
 * if __name__ == '__main__':
 *     with closing(asyncio.get_event_loop()) as loop:
 *
 *         # task = loop.create_task(my_coroutine()) # 协程可被取消
 *         task = loop.create_task(asyncio.shield(my_coroutine())) # 保护协程不被取消
 *
 *         loop.run_until_complete(stop_coroutine(task))
 *         print('canceled: ', task.cancelled())
 *         loop.run_forever()
 * </pre>
 *
 * {@code create_task(shield(...))} is refused since Python 3.7 (shield returns a future, not a
 * coroutine); {@code ensure_future} keeps that future, which is what the seed meant. The inner
 * task is kept in a variable so that the program can end once it has: the seed's
 * {@code run_forever()} would wait for Ctrl+C.
 */
public final class ShieldTask {
    private ShieldTask() {
    }

    static String anotherCoroutine() {
        print("hello");
        return "hi";
    }

    static boolean myCoroutine() {
        try {
            print("mytask start");
            Asyncio.sleep(2).await();

        } catch (CancelledError e) {
            print("exception: asyncio.CancelledError, "
                    + "task.cancel() 会向被协程抛 CancelledError "
                    + "如果捕获不想上抛,则阻止了本次cancel");
            throw e;
        }

        Asyncio.sleep(3).await();
        print("mytask end");
        return true;
    }

    static void stopCoroutine(LoopFuture<?> task) {
        Asyncio.sleep(1).await();
        task.cancel(); // 取消其他任务
        String result = anotherCoroutine();
        print(result);
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        try {
            // task = loop.create_task(my_coroutine()) # 协程可被取消
            Task<Boolean> inner = Asyncio.ensureFuture(ShieldTask::myCoroutine);
            LoopFuture<Boolean> task = Asyncio.ensureFuture(Asyncio.shield(inner)); // 保护协程不被取消

            loop.runUntilComplete(() -> stopCoroutine(task));
            print("canceled: ", task.cancelled());
            loop.runUntilComplete(inner);
        } finally {
            loop.close();
        }
    }
}
