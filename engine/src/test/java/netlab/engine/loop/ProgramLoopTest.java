package netlab.engine.loop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import netlab.engine.errors.RuntimeError;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A program's view of the shared loop: run_forever/stop/run_until_complete/close scoped to it; signals. */
class ProgramLoopTest {
    private final TestLoop t = new TestLoop();
    private final EventLoop loop = t.loop;
    private final Origin origin = Origin.endpoint("experiment-1", Role.EXPERIMENT, "prog");
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        t.close();
    }

    /** Runs {@code body} as the program's main task and returns what it returned. */
    private <V> V program(ProgramLoop p, Coroutine<V> body) throws Exception {
        Task<V> task = OnLoop.call(loop, () -> loop.createTask("main", origin, body));
        return task.get(T);
    }

    private ProgramLoop newProgram() {
        return OnLoop.call(loop, () -> new ProgramLoop(loop, origin));
    }

    @Test
    void runForeverReturnsWhenACallbackStopsIt() throws Exception {
        ProgramLoop p = newProgram();
        double took = program(p, () -> {
            double t0 = p.time();
            p.callLater(0.05, () -> {
                log.add("stopping");
                p.stop();
            });
            p.runForever();
            log.add("returned");
            return p.time() - t0;
        });
        assertThat(log).containsExactly("stopping", "returned");
        assertThat(took).isGreaterThanOrEqualTo(0.045);
    }

    /** asyncio: stop() before run_forever() makes it run one iteration and return. */
    @Test
    void stopBeforeRunForeverRunsOneIteration() throws Exception {
        ProgramLoop p = newProgram();
        program(p, () -> {
            p.callSoon(() -> log.add("ran once"));
            p.stop();
            p.runForever();
            log.add("returned");
            return null;
        });
        assertThat(log).containsExactly("ran once", "returned");
    }

    @Test
    void runUntilCompleteReturnsTheResultOrSaysTheLoopStoppedFirst() throws Exception {
        ProgramLoop p = newProgram();
        assertThat((Object) program(p, () -> p.runUntilComplete(() -> {
            Asyncio.sleep(0.01).await();
            return "done";
        }))).isEqualTo("done");
        assertThatThrownBy(() -> program(p, () -> {
            LoopFuture<String> never = p.createFuture();
            p.callSoon(p::stop);
            return p.runUntilComplete(never);
        })).isInstanceOf(RuntimeError.class).hasMessage("Event loop stopped before Future completed.");
    }

    @Test
    void closeCancelsWhatTheProgramLeftAndRefusesMore() throws Exception {
        ProgramLoop p = newProgram();
        Task<?>[] leftover = new Task<?>[1];
        program(p, () -> {
            assertThatThrownBy(() -> p.runUntilComplete(() -> {
                p.close();
                return null;
            })).isInstanceOf(RuntimeError.class).hasMessage("Cannot close a running event loop");
            p.callLater(0.05, () -> log.add("timer ran"));
            p.callSoon(() -> log.add("soon ran"));
            leftover[0] = Asyncio.ensureFuture(() -> {
                Asyncio.sleep(10).await();
            });
            p.close();
            p.close();
            return null;
        });
        // the loop's clock passes the closed program's timer (0.05 s); then a few turns: nothing of it ran
        double closedAt = loop.time();
        org.awaitility.Awaitility.await().atMost(T).until(() -> loop.time() > closedAt + 0.06);
        OnLoop.settle(loop);
        assertThat(log).isEmpty();
        assertThat(leftover[0].cancelled()).isTrue();
        assertThat(p.isClosed()).isTrue();
        Throwable refused = OnLoop.call(loop, () -> org.assertj.core.api.Assertions.catchThrowable(() -> p.callSoon(() -> { })));
        assertThat(refused).isInstanceOf(RuntimeError.class).hasMessage("Event loop is closed");
    }

    /**
     * A real signal (SIGWINCH, harmless if nobody handles it) from a real {@code kill}: the
     * newest handler gets it, on the loop thread; once it is removed the one before is back.
     */
    @Test
    void signalHandlersStackAndRunOnTheLoop() throws Exception {
        ProgramLoop outer = newProgram();
        ProgramLoop inner = newProgram();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        OnLoop.run(loop, () -> outer.addSignalHandler("SIGWINCH", () -> {
            log.add("outer");
            threads.add(Thread.currentThread());
            second.countDown();
        }));
        OnLoop.run(loop, () -> inner.addSignalHandler("SIGWINCH", () -> {
            netlab.engine.log.Print.print("inner got it");
            log.add("inner");
            threads.add(Thread.currentThread());
            first.countDown();
        }));
        kill("WINCH");
        assertThat(first.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        OnLoop.run(loop, inner::close);
        kill("WINCH");
        assertThat(second.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(log).containsExactly("inner", "outer");
        assertThat(threads).allMatch(th -> th == t.thread());
        assertThat(t.log.awaitLog("", "inner got it", T).origin()).as("a handler prints in its program's pane").isEqualTo(origin);
        OnLoop.run(loop, outer::close);
        assertThat(loop.signals().remove("SIGWINCH")).isFalse();
    }

    /**
     * SIGINT raised in this very process, as the window's "Send SIGINT" does: the program's own
     * handler runs on the loop, its pane hears of it; with no handler left, raising is refused
     * (the JVM's action would end the test run).
     */
    @Test
    void aSignalRaisedInOurOwnProcessReachesTheProgramsHandlerAndIsRefusedWithoutOne() throws Exception {
        ProgramLoop p = newProgram();
        CountDownLatch got = new CountDownLatch(1);
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        OnLoop.run(loop, () -> p.addSignalHandler("SIGINT", (String name) -> {
            netlab.engine.log.Print.print("got signal %s: exit".formatted(name));
            threads.add(Thread.currentThread());
            got.countDown();
        }, "SIGINT"));
        assertThat(t.log.await(e -> e.kind() == netlab.engine.event.EventKind.SIGNAL_HANDLER_ADDED, T).text()).isEqualTo("SIGINT");
        assertThat(loop.signals().handles("SIGINT")).isTrue();
        loop.signals().raise("SIGINT");
        assertThat(got.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsExactly(t.thread());
        assertThat(t.log.await(e -> e.kind() == netlab.engine.event.EventKind.SIGNAL_RECEIVED, T).origin()).isEqualTo(origin);
        assertThat(t.log.awaitLog("", "got signal SIGINT: exit", T).origin()).isEqualTo(origin);

        OnLoop.run(loop, p::close);
        assertThat(t.log.await(e -> e.kind() == netlab.engine.event.EventKind.SIGNAL_HANDLER_REMOVED, T).text()).isEqualTo("SIGINT");
        assertThat(loop.signals().handles("SIGINT")).isFalse();
        assertThatThrownBy(() -> loop.signals().raise("SIGINT")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("would end NetLab itself");
    }

    private static void kill(String signal) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + signal, String.valueOf(ProcessHandle.current().pid())).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
