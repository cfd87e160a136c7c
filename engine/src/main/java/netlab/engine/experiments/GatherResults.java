package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.List;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;

/**
 * Seed 002, {@code asyncio.gather}: one future for a group of coroutines, done when all are; the
 * results come in the order the coroutines were given, not the order they finished.
 *
 * <pre>
 * async def cor1():
 *     print("cor1")
 *     return "cor1 result"
 *
 * async def cor2():
 *     print("cor2")
 *     return "cor2 result"
 *
 * if __name__ == '__main__':
 *     with closing(asyncio.get_event_loop()) as loop:
 *         outer_future = asyncio.gather(cor1(), cor2()) # 汇集成一个future
 *         result = loop.run_until_complete(outer_future) # 返回两个协程的结果列表
 *         print("result: ", result)
 * </pre>
 */
public final class GatherResults {
    private GatherResults() {
    }

    static String cor1() {
        print("cor1");
        return "cor1 result";
    }

    static String cor2() {
        print("cor2");
        return "cor2 result";
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        try {
            LoopFuture<List<Object>> outerFuture = Asyncio.gather(GatherResults::cor1, GatherResults::cor2); // 汇集成一个future
            List<Object> result = loop.runUntilComplete(outerFuture); // 返回两个协程的结果列表
            print("result: ", result);
        } finally {
            loop.close();
        }
    }
}
