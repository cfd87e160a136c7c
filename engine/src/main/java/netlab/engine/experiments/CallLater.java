package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.time.LocalDateTime;

import netlab.engine.loop.ProgramLoop;

/**
 * Seed 001 #2: a callback prints the date every second for five seconds, rescheduling itself with
 * {@code call_later}, then stops the loop.
 *
 * <pre>
 * import asyncio
 * import datetime
 *
 * def display_date(end_time, loop):
 *     print(datetime.datetime.now())
 *     if (loop.time() + 1.0) &lt; end_time:
 *         loop.call_later(1, display_date, end_time, loop)
 *     else:
 *         loop.stop()
 *
 * loop = asyncio.get_event_loop()
 * # Schedule the first call to display_date()
 * end_time = loop.time() + 5.0
 * loop.call_soon(display_date, end_time, loop)
 * # Blocking call interrupted by loop.stop()
 * loop.run_forever()
 * loop.close()
 * </pre>
 */
public final class CallLater {
    private CallLater() {
    }

    static void displayDate(double endTime, ProgramLoop loop) {
        print(LocalDateTime.now());
        if ((loop.time() + 1.0) < endTime) {
            loop.callLater(1, CallLater::displayDate, endTime, loop);
        } else {
            loop.stop();
        }
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        // Schedule the first call to display_date()
        double endTime = loop.time() + 5.0;
        loop.callSoon(CallLater::displayDate, endTime, loop);
        // Blocking call interrupted by loop.stop()
        loop.runForever();
        loop.close();
    }
}
