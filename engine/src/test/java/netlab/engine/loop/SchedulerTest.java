package netlab.engine.loop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import netlab.engine.net.HostPort;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler view and stepping: snapshots of the ready queue, the timer heap, tasks and
 * futures, taken on the loop; pause, step (one _run_once) and resume; what a paused loop holds.
 */
class SchedulerTest {
    private final TestLoop t = new TestLoop();
    private final EventLoop loop = t.loop;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        t.close();
    }

    private static <V> V get(CompletableFuture<V> f) {
        try {
            return f.get(T.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Runs {@code action} on the loop thread beside the ready queue (works while paused). */
    private void beside(Runnable action) {
        get(CompletableFuture.runAsync(action, loop.netty()));
    }

    @Test
    void aSnapshotShowsTheReadyQueueTheTimersTheTasksAndTheFutures() {
        Task<Void> sleeper = OnLoop.call(loop, () -> loop.createTask("sleeper", () -> {
            Asyncio.sleep(10).await();
            return null;
        }));
        LoopFuture<String> pending = OnLoop.call(loop, () -> loop.<String>createFuture().label("a reply"));
        OnLoop.settle(loop);
        get(loop.controls().pause());
        beside(() -> {
            loop.callSoon("first", () -> ran.add("first"));
            loop.callSoon(Callbacks.named("second", () -> ran.add("second")));
        });
        LoopSnapshot s = get(loop.controls().snapshot());

        assertThat(s.paused()).isTrue();
        assertThat(s.ready()).extracting(LoopSnapshot.Ready::callback).containsExactly("first", "second");
        assertThat(s.timers()).hasSize(1);
        assertThat(s.timers().get(0).callback()).isEqualTo("sleep(10) wakes its awaiter");
        assertThat(s.timers().get(0).dueIn()).as("due in at most its delay, and not yet").isGreaterThan(0.0).isLessThanOrEqualTo(10.0);
        LoopSnapshot.TaskInfo info = s.tasks().stream().filter(x -> x.name().equals("sleeper")).findFirst().orElseThrow();
        assertThat(info.state()).isEqualTo("waiting");
        assertThat(info.waitingOn()).isEqualTo("sleep(10)");
        assertThat(info.steps()).isEqualTo(1);
        assertThat(s.futures()).extracting(LoopSnapshot.FutureInfo::description).contains("a reply", "sleep(10)");
        LoopSnapshot.FutureInfo sleep = s.futures().stream().filter(f -> f.description().equals("sleep(10)")).findFirst().orElseThrow();
        assertThat(sleep.awaitedBy()).containsExactly("sleeper");
        assertThat(ran).isEmpty();

        get(loop.controls().resume());
        OnLoop.settle(loop);
        assertThat(ran).containsExactly("first", "second");
        OnLoop.run(loop, () -> {
            sleeper.cancel();
            pending.cancel();
        });
        OnLoop.settle(loop);
        LoopSnapshot after = get(loop.controls().snapshot());
        assertThat(after.timers()).isEmpty();
        assertThat(after.futures()).isEmpty();
        assertThat(after.tasks()).filteredOn(x -> x.name().equals("sleeper")).singleElement()
                .satisfies(x -> assertThat(x.state()).isEqualTo("cancelled"));
    }

    /** A step is one _run_once: what a callback schedules waits for the next step. */
    @Test
    void aStepRunsOneIterationAndHolds() {
        get(loop.controls().pause());
        beside(() -> loop.callSoon(() -> {
            ran.add("A");
            loop.callSoon("B", () -> ran.add("B"));
        }));
        LoopSnapshot afterOne = get(loop.controls().step());
        assertThat(ran).containsExactly("A");
        assertThat(afterOne.ready()).extracting(LoopSnapshot.Ready::callback).containsExactly("B");
        LoopSnapshot afterTwo = get(loop.controls().step());
        assertThat(ran).containsExactly("A", "B");
        assertThat(afterTwo.ready()).isEmpty();
        assertThat(afterTwo.iteration()).isEqualTo(afterOne.iteration() + 1);
    }

    /** A timer that comes due while paused waits, overdue, until a step moves it to the ready queue. */
    @Test
    void aTimerDueWhilePausedRunsAtTheNextStep() throws Exception {
        get(loop.controls().pause());
        beside(() -> loop.callLater(0.02, "tick", () -> ran.add("tick")));
        // the loop's own clock says when the timer is overdue: then it must still be waiting
        org.awaitility.Awaitility.await().atMost(T).until(() -> get(loop.controls().snapshot()).timers().stream().allMatch(x -> x.dueIn() < 0));
        LoopSnapshot held = get(loop.controls().snapshot());
        assertThat(ran).isEmpty();
        assertThat(held.timers()).singleElement().satisfies(x -> assertThat(x.dueIn()).isNegative());
        get(loop.controls().step());
        assertThat(ran).containsExactly("tick");
    }

    /** A task's steps are callbacks: a paused loop holds the task even when its future completes. */
    @Test
    void aPausedLoopHoldsTasksUntilResumed() throws Exception {
        LoopFuture<String> reply = OnLoop.call(loop, loop::createFuture);
        Task<String> task = OnLoop.call(loop, () -> loop.createTask("waiter", () -> {
            String r = reply.await();
            ran.add("got " + r);
            return r;
        }));
        OnLoop.settle(loop);
        get(loop.controls().pause());
        beside(() -> reply.setResult("hi")); // as a protocol callback would, from I/O
        // the wakeup is queued (the future is done): the paused loop holds it, however long we look
        assertThat(reply.done()).isTrue();
        LoopSnapshot s = get(loop.controls().snapshot());
        assertThat(ran).isEmpty();
        assertThat(s.tasks()).filteredOn(x -> x.name().equals("waiter")).singleElement()
                .satisfies(x -> assertThat(x.state()).isEqualTo("ready"));
        assertThat(s.ready()).extracting(LoopSnapshot.Ready::callback).containsExactly("waiter.__wakeup(Future-1)");
        get(loop.controls().resume());
        assertThat(task.get(T)).isEqualTo("hi");
        assertThat(ran).containsExactly("got hi");
    }

    @Test
    void tasksReportTheirLifeAsEvents() throws Exception {
        Task<Integer> task = OnLoop.call(loop, () -> loop.createTask("worker", () -> {
            netlab.engine.log.Print.print("inside the first step");
            Asyncio.sleep(0.02).await();
            return 42;
        }));
        assertThat(task.get(T)).isEqualTo(42);
        Task<Void> victim = OnLoop.call(loop, () -> loop.createTask("victim", () -> {
            Asyncio.sleep(10).await();
            return null;
        }));
        OnLoop.settle(loop);
        OnLoop.run(loop, () -> victim.cancel("enough"));
        t.log.await(e -> e.kind() == EventKind.TASK_DONE && e.logger().equals("victim"), T);

        List<LabEvent> worker = t.log.all().stream().filter(e -> e.logger().equals("worker")).toList();
        assertThat(worker).extracting(LabEvent::kind).containsExactly(EventKind.TASK_CREATED, EventKind.TASK_WAITING,
                EventKind.TASK_STEP, EventKind.TASK_STEP, EventKind.TASK_DONE);
        assertThat(worker.get(0).text()).isEqualTo("worker");
        assertThat(worker.get(1).text()).isEqualTo("sleep(0.02)");
        assertThat(worker.get(4).text()).isEqualTo("42");
        assertThat(worker).allMatch(e -> e.amount() == task.number());
        LabEvent firstStep = worker.get(2);
        assertThat(firstStep.offset()).isLessThanOrEqualTo(firstStep.nanos());
        LabEvent printed = t.log.all().stream().filter(e -> e.kind() == EventKind.LOG).findFirst().orElseThrow();
        assertThat(printed.nanos()).as("a line printed in a step falls inside it").isBetween(firstStep.offset(), firstStep.nanos());
        assertThat(printed.toLogLine()).isEqualTo("inside the first step");

        List<LabEvent> v = t.log.all().stream().filter(e -> e.logger().equals("victim")).toList();
        assertThat(v).extracting(LabEvent::kind).contains(EventKind.TASK_CANCEL);
        assertThat(v.stream().filter(e -> e.kind() == EventKind.TASK_CANCEL).findFirst().orElseThrow().text()).isEqualTo("cancel('enough')");
        assertThat(v.get(v.size() - 1).text()).isEqualTo("cancelled");
    }

    @Test
    void withTracingOffTasksPublishNothingAndNoFutureIsListed() throws Exception {
        loop.controls().setTracing(false);
        long before = t.events.published();
        assertThat(OnLoop.task(loop, () -> {
            loop.createFuture();
            Asyncio.sleep(0.01).await();
            return 1;
        })).isEqualTo(1);
        OnLoop.settle(loop);
        assertThat(t.events.published()).isEqualTo(before);
        assertThat(get(loop.controls().snapshot()).futures()).isEmpty();
    }

    @Test
    void theLagProbeReportsEveryBeatUntilClosed() throws Exception {
        AutoCloseable probe = loop.controls().startLagProbe(Duration.ofMillis(20));
        t.log.await(e -> e.kind() == EventKind.LOOP_LAG && e.text().startsWith("heartbeat"), T);
        loop.callSoonThreadsafe(() -> sleep(300));
        LabEvent late = t.log.await(e -> e.kind() == EventKind.LOOP_LAG && e.amount() > TimeUnit.MILLISECONDS.toNanos(200), T);
        System.out.println("lag probe saw: " + late.text());
        probe.close();
        OnLoop.settle(loop);
        // closed: its timer is gone from the heap, so no beat can come (the heap is the proof, not a wait)
        assertThat(get(loop.controls().snapshot()).timers()).isEmpty();
        long beats = t.log.ofKind(EventKind.LOOP_LAG).size();
        OnLoop.settle(loop);
        assertThat(t.log.ofKind(EventKind.LOOP_LAG)).hasSize((int) beats);
    }

    /** While a callback blocks, the lag figure grows before anything is late. */
    @Test
    void theStallShowsWhileTheLoopIsBlocked() throws Exception {
        loop.callSoonThreadsafe(() -> sleep(400)); // not OnLoop.run: it would return only after the sleep
        org.awaitility.Awaitility.await().atMost(T).until(() -> loop.lag().stallNanos() >= TimeUnit.MILLISECONDS.toNanos(200));
        OnLoop.settle(loop);
        // idle again: the figure falls back (a busy machine may take a moment to run the loop at all)
        org.awaitility.Awaitility.await().atMost(T).until(() -> loop.lag().stallNanos() < TimeUnit.MILLISECONDS.toNanos(100));
    }

    /** What the loop waits on: a listening socket, each connection, and they are gone once closed. */
    @Test
    void theIoListShowsListeningSocketsAndConnectionsWhileTheyAreOpen() throws Exception {
        netlab.engine.transport.Server server = OnLoop.call(loop, () -> netlab.engine.stream.Streams.startServer(loop,
                (r, w) -> {
                    r.read(100).await();
                    w.close();
                }, netlab.engine.transport.ServerOptions.of("server-1", HostPort.loopback(0)))).get(T);
        int port = server.port();
        netlab.engine.stream.StreamPair client = OnLoop.call(loop, () -> netlab.engine.stream.Streams.openConnection(loop,
                netlab.engine.transport.ConnectOptions.of("client-1", "echo_client", HostPort.loopback(port)))).get(T);
        org.awaitility.Awaitility.await().atMost(T)
                .until(() -> get(loop.controls().snapshot()).io().stream().filter(x -> x.kind().equals("connection")).count() >= 2);
        List<LoopSnapshot.Io> io = get(loop.controls().snapshot()).io();
        assertThat(io).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("listening");
            assertThat(x.state()).isEqualTo("accept");
        });
        assertThat(io).filteredOn(x -> x.kind().equals("connection")).hasSize(2)
                .allSatisfy(x -> assertThat(x.state()).startsWith("read"))
                .anySatisfy(x -> assertThat(x.what()).isEqualTo("127.0.0.1:" + port + " ⇄ " + x.what().substring(x.what().indexOf('⇄') + 2)));
        OnLoop.run(loop, () -> {
            client.writer().close();
            server.close();
        });
        org.awaitility.Awaitility.await().atMost(T).until(() -> get(loop.controls().snapshot()).io().isEmpty());
    }

    @Test
    void handlesAreNamedForTheView() {
        get(loop.controls().pause());
        beside(() -> {
            ProgramLoop program = new ProgramLoop(loop, null);
            program.callSoon(SchedulerTest::hello, "class");
            program.callLater(5, SchedulerTest::hello, "later");
        });
        LoopSnapshot s = get(loop.controls().snapshot());
        assertThat(s.ready()).extracting(LoopSnapshot.Ready::callback).containsExactly("hello('class')");
        assertThat(s.timers()).extracting(LoopSnapshot.Timer::callback).containsExactly("hello('later')");
        get(loop.controls().resume());
    }

    static void hello(String who) {
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
