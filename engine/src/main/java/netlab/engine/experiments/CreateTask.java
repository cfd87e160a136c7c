package netlab.engine.experiments;

import static netlab.engine.log.Print.print;

import java.util.List;

import netlab.engine.loop.Asyncio;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;

/**
 * Seed 002, {@code loop.create_task}: three tasks sleep 2, 3 and 1 seconds side by side; they
 * finish in the order of their sleeps, not of their creation, and all in three seconds, not six.
 *
 * <pre>
 * async def say(what, when):
 *     await asyncio.sleep(when)
 *     print("say {0} on {1}".format(what, when))
 *
 * if __name__ == '__main__':
 *     loop = asyncio.get_event_loop()
 *     # create tasks
 *     task1 = loop.create_task(say("hello", 2))
 *     task2 = loop.create_task(say("hi", 3))
 *     task3 = loop.create_task(say("hey", 1))
 *     # run task created in even loop
 *     loop.run_until_complete(asyncio.wait((task1, task2, task3)))
 *     print("all task done") # would not happen here
 *     loop.close()
 * </pre>
 *
 * (The seed's comment is wrong: wait() returns once the three are done, and "all task done" is
 * printed.)
 */
public final class CreateTask {
    private CreateTask() {
    }

    static void say(String what, int when) {
        Asyncio.sleep(when).await();
        print("say %s on %s".formatted(what, when));
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        // create tasks (named for the timeline's lanes as they print: "say hello"...)
        Task<Void> task1 = loop.createTask(() -> say("hello", 2), "say hello");
        Task<Void> task2 = loop.createTask(() -> say("hi", 3), "say hi");
        Task<Void> task3 = loop.createTask(() -> say("hey", 1), "say hey");
        // run task created in even loop
        loop.runUntilComplete(() -> Asyncio.wait(List.of(task1, task2, task3)));
        print("all task done");
        loop.close();
    }
}
