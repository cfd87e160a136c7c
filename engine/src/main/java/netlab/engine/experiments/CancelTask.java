package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.errors.CancelledError;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;

/**
 * Seed 002, {@code task.cancel()}: one coroutine cancels another after a second; CancelledError
 * comes out of the other's {@code await asyncio.sleep(2)}. It re-raises, so the task is
 * cancelled. With {@code swallow=true} it does not re-raise, as the seed's text describes: the
 * task goes on to "mytask end" and is not cancelled.
 *
 * <pre>
 * async def my_coroutine():
 *     try:
 *         print("mytask start")
 *         await asyncio.sleep(2)
 *     except asyncio.CancelledError as e:
 *         print("exception: asyncio.CancelledError, "
 *               "task.cancel() 会向被协程抛 CancelledError "
 *               "如果捕获不想上抛,则阻止了本次cancel")
 *         raise # 取消
 *     print("mytask end")
 *     return True
 *
 * async def stop_coroutine(task):
 *     await asyncio.sleep(1)
 *     task.cancel() # 取消任务
 *
 * if __name__ == '__main__':
 *     with closing(asyncio.get_event_loop()) as loop:
 *         task = loop.create_task(my_coroutine())
 *         loop.run_until_complete(stop_coroutine(task))
 *         print('canceled: ', task.cancelled())
 *         loop.run_forever()
 *         loop.close()
 * </pre>
 *
 * The seed's last {@code run_forever()} only waits for Ctrl+C; here a task that swallowed the
 * cancel is let finish instead, and the program ends.
 */
public final class CancelTask {
    private CancelTask() {
    }

    static boolean myCoroutine(boolean swallow) {
        try {
            print("mytask start");
            Asyncio.sleep(2).await();
        } catch (CancelledError e) {
            print("exception: asyncio.CancelledError, "
                    + "task.cancel() 会向被协程抛 CancelledError "
                    + "如果捕获不想上抛,则阻止了本次cancel");
            if (!swallow) {
                throw e; // 取消
            }
        }
        print("mytask end");
        return true;
    }

    static void stopCoroutine(Task<?> task) {
        Asyncio.sleep(1).await();
        task.cancel(); // 取消任务
    }

    public static void run(ExperimentContext context) {
        boolean swallow = context.boolParam("swallow", false);
        ProgramLoop loop = context.getEventLoop();
        try {
            Task<Boolean> task = loop.createTask(() -> myCoroutine(swallow));
            loop.runUntilComplete(() -> stopCoroutine(task));
            print("canceled: ", task.cancelled());
            if (!task.done()) {
                loop.runUntilComplete(task);
            }
        } finally {
            loop.close();
        }
    }
}
