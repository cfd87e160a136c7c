package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.Locale;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.ProgramLoop;

/**
 * Seed 002, "when does scheduling happen": not at {@code await} itself but inside what is awaited;
 * a coroutine that blocks with {@code time.sleep()} gives no other coroutine a chance. The seed
 * says so in words; this program shows it: a ticker meant to tick every half second, and a
 * blocker that, after 1.2 s, calls {@code time.sleep(2)} instead of {@code await asyncio.sleep(2)}.
 * The ticker's third tick, due at 1.5 s, comes only when the blocker lets go; the loop-lag gauge
 * and the timeline show the same stall.
 *
 * <pre>
 * import asyncio
 * import time
 *
 * async def ticker(period, count):
 *     start = last = loop.time()
 *     for i in range(1, count + 1):
 *         await asyncio.sleep(period)
 *         now = loop.time()
 *         late = now - last - period
 *         last = now
 *         print("ticker: tick %d at %.1f s%s" % (i, now - start,
 *               " (%.1f s late)" % late if late &gt;= 0.1 else ""))
 *
 * async def blocker(after, block):
 *     await asyncio.sleep(after)
 *     print("blocker: time.sleep(%s) blocks the loop thread" % block)
 *     time.sleep(block)  # not: await asyncio.sleep(block)
 *     print("blocker: awake again")
 *
 * loop = asyncio.get_event_loop()
 * loop.run_until_complete(asyncio.gather(ticker(0.5, 5), blocker(1.2, 2)))
 * loop.close()
 * </pre>
 */
public final class BlockingCall {
    private BlockingCall() {
    }

    static void ticker(ProgramLoop loop, double period, int count) {
        double start = loop.time();
        double last = start;
        for (int i = 1; i < count + 1; i++) {
            Asyncio.sleep(period).await();
            double now = loop.time();
            double late = now - last - period;
            last = now;
            print(String.format(Locale.ROOT, "ticker: tick %d at %.1f s%s", i, now - start,
                    late >= 0.1 ? String.format(Locale.ROOT, " (%.1f s late)", late) : ""));
        }
    }

    static void blocker(double after, int block) throws InterruptedException {
        Asyncio.sleep(after).await();
        print("blocker: time.sleep(%s) blocks the loop thread".formatted(block));
        Thread.sleep(block * 1000L);  // not: Asyncio.sleep(block).await()
        print("blocker: awake again");
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        double period = context.doubleParam("period", 0.5);
        int block = context.intParam("block", 2);
        loop.runUntilComplete(Asyncio.gather(
                Asyncio.ensureFuture(() -> ticker(loop, period, 5), "ticker"),
                Asyncio.ensureFuture(() -> blocker(1.2, block), "blocker")));
        loop.close();
    }
}
