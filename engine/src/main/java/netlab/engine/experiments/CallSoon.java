package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import netlab.engine.loop.ProgramLoop;

/**
 * Seed 001 #1: a callback scheduled with {@code call_soon} prints "Hello World" and stops the loop.
 *
 * <pre>
 * import asyncio
 *
 * def hello_world(loop):
 *     print('Hello World')
 *     loop.stop()
 *
 * loop = asyncio.get_event_loop()
 * # Schedule a call to hello_world()
 * loop.call_soon(hello_world, loop)
 * # Blocking call interrupted by loop.stop()
 * loop.run_forever()
 * loop.close()
 * </pre>
 */
public final class CallSoon {
    private CallSoon() {
    }

    static void helloWorld(ProgramLoop loop) {
        print("Hello World");
        loop.stop();
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        // Schedule a call to hello_world()
        loop.callSoon(CallSoon::helloWorld, loop);
        // Blocking call interrupted by loop.stop()
        loop.runForever();
        loop.close();
    }
}
