package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import netlab.engine.errors.TimeoutError;
import netlab.engine.errors.ValueError;
import netlab.engine.pytext.PyStr;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.Coroutine;
import netlab.engine.loop.DoneAndPending;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.ReturnWhen;
import netlab.engine.loop.Task;

/**
 * Seed 002, {@code asyncio.wait} and {@code asyncio.wait_for}: wait for two coroutines until the
 * first completes, look at the done and pending sets, then wait for the pending one with a
 * timeout. {@code return_when} (a parameter) may also be FIRST_EXCEPTION, where {@code cor2}
 * raises, or ALL_COMPLETED.
 *
 * <pre>
 * async def cor1():
 *     print("cor1")
 *     await asyncio.sleep(1)
 *     return "cor1 result"
 *
 * async def cor2():
 *     print("cor2")
 *     return "cor2 result"
 *
 * with closing(asyncio.get_event_loop()) as loop:
 *     outer_future = asyncio.wait(
 *         (cor1(), cor2()),
 *         return_when=asyncio.FIRST_COMPLETED # 有一个完成就返回
 *     )
 *     # 返回两组task, 完成的与未完成的
 *     completed, pending = loop.run_until_complete(outer_future)
 *     print("compled: ", completed)
 *     for c in completed:
 *         print("完成的result:", c.result())
 *
 *     print("pending: ", pending) # 有一个任务没有完成,pending了
 *
 *     outer_future2 = asyncio.wait_for(list(pending)[0], timeout=1) # 继续等待未完成的
 *     result2 = loop.run_until_complete(outer_future2)
 *     print("pending 的task 继续完成的result:", result2)
 *     print("the end ")
 * </pre>
 *
 * Python 3.11 refuses bare coroutines in {@code wait()}, so they are wrapped in tasks first, as
 * Python now asks. A task that raised shows its exception instead of {@code c.result()} (which
 * would raise it), and without a pending task there is nothing for wait_for to wait for.
 */
public final class WaitTasks {
    private WaitTasks() {
    }

    static String cor1() {
        print("cor1");
        Asyncio.sleep(1).await();
        return "cor1 result";
    }

    static String cor2() {
        print("cor2");
        return "cor2 result";
    }

    /** cor2 for FIRST_EXCEPTION: it raises instead of returning. */
    static String cor2Raising() {
        print("cor2");
        throw new ValueError("cor2 failed");
    }

    private static Object show(LoopFuture<?> f) {
        Throwable e = f.exception();
        return e != null ? PyStr.repr(e) : f.result();
    }

    public static void run(ExperimentContext context) {
        ReturnWhen returnWhen = ReturnWhen.valueOf(context.param("return_when", "FIRST_COMPLETED").strip().toUpperCase(Locale.ROOT));
        boolean fail = returnWhen == ReturnWhen.FIRST_EXCEPTION;
        ProgramLoop loop = context.getEventLoop();
        try {
            Coroutine<String> cor2 = fail ? WaitTasks::cor2Raising : WaitTasks::cor2;
            List<Task<String>> fs = List.of(Asyncio.ensureFuture(WaitTasks::cor1), Asyncio.ensureFuture(cor2));
            Coroutine<DoneAndPending> outerFuture = () -> Asyncio.wait(fs, returnWhen); // 有一个完成就返回
            // 返回两组task, 完成的与未完成的
            DoneAndPending r = loop.runUntilComplete(outerFuture);
            Set<LoopFuture<?>> completed = r.done();
            Set<LoopFuture<?>> pending = r.pending();
            print("compled: ", completed);
            for (LoopFuture<?> c : completed) {
                print("完成的result:", show(c));
            }

            print("pending: ", pending); // 有一个任务没有完成,pending了
            if (!pending.isEmpty()) {
                LoopFuture<?> first = pending.iterator().next();
                Coroutine<Object> outerFuture2 = () -> Asyncio.waitFor(first, 1.0); // 继续等待未完成的
                try {
                    Object result2 = loop.runUntilComplete(outerFuture2);
                    print("pending 的task 继续完成的result:", result2);
                } catch (TimeoutError e) {
                    print("pending 的task 超时了");
                }
            }
            print("the end ");
        } finally {
            loop.close();
        }
    }
}
