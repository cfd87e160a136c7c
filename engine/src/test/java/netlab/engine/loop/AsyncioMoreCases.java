package netlab.engine.loop;

import static netlab.engine.loop.Asyncio.FIRST_COMPLETED;
import static netlab.engine.loop.Asyncio.FIRST_EXCEPTION;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import netlab.engine.errors.CancelledError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.ValueError;
import netlab.engine.pytext.PyStr;
import static netlab.engine.loop.AsyncioCases.attempt;
import static netlab.engine.loop.AsyncioCases.body;
import static netlab.engine.loop.AsyncioCases.item;
import static netlab.engine.loop.AsyncioCases.loop;
import static netlab.engine.loop.AsyncioCases.names;
import static netlab.engine.loop.AsyncioCases.outcome;
import static netlab.engine.loop.AsyncioCases.sleeper;
import static netlab.engine.loop.AsyncioCases.stubborn;
import static netlab.engine.loop.AsyncioCases.type;

import java.util.function.BiConsumer;

/** {@link AsyncioCases}, continued: wait_for, shield, and futures, tasks and the loop, in the script's order. */
final class AsyncioMoreCases {
    private AsyncioMoreCases() {
    }

    static void addTo(BiConsumer<String, AsyncioCases.Body> add) {
        // ---- wait_for ----
        add.accept("wait_for_returns_the_result_in_time", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.01, "A"), 1.0)));
        add.accept("wait_for_cancels_the_inner_task_and_raises_timeout_error", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            attempt(log, "wait_for", () -> Asyncio.waitFor(a, 0.05));
            log.add("a " + outcome(a));
        });
        add.accept("wait_for_returns_what_an_inner_task_that_refuses_the_cancel_returns", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> stubborn(log, "a", 10, "late value"));
            attempt(log, "wait_for", () -> Asyncio.waitFor(a, 0.05));
            log.add("a " + outcome(a));
        });
        add.accept("cancelling_wait_for_cancels_the_inner_task", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            Task<Object> w = Asyncio.ensureFuture(() -> Asyncio.waitFor(a, 5.0));
            Asyncio.sleep(0.02).await();
            w.cancel();
            attempt(log, "await waiter", w::await);
            log.add("a " + outcome(a));
        });
        add.accept("wait_for_without_a_timeout_just_awaits", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.02, "A"), null)));
        add.accept("wait_for_with_a_zero_timeout", log -> {
            LoopFuture<String> f = loop().createFuture();
            f.setResult("F");
            attempt(log, "done future", () -> Asyncio.waitFor(f, 0.0));
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            attempt(log, "pending task", () -> Asyncio.waitFor(a, 0.0));
            log.add("a " + outcome(a));
        });
        add.accept("wait_for_passes_the_inner_exception_on", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.01, null, "bad"), 1.0)));

        // ---- shield ----
        add.accept("shield_keeps_the_inner_task_running_when_its_awaiter_is_cancelled", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> sleeper(log, "inner", 0.05, "I"));
            Task<Object> w = Asyncio.ensureFuture(() -> Asyncio.shield(inner).await());
            Asyncio.sleep(0.01).await();
            w.cancel();
            attempt(log, "await waiter", w::await);
            log.add("inner " + outcome(inner));
            attempt(log, "await inner", inner::await);
        });
        add.accept("cancelling_the_shield_itself_leaves_the_inner_task", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> sleeper(log, "inner", 0.03, "I"));
            LoopFuture<Object> outer = Asyncio.shield(inner);
            log.add("outer.cancel -> " + PyStr.repr(outer.cancel()));
            attempt(log, "await outer", outer::await);
            attempt(log, "await inner", inner::await);
        });
        add.accept("a_shield_follows_its_inner_result_exception_or_cancel", log -> {
            Task<Object> ok = Asyncio.ensureFuture(() -> sleeper(log, "ok", 0.01, "OK"));
            Task<Object> bad = Asyncio.ensureFuture(() -> sleeper(log, "bad", 0.02, null, "bad"));
            Task<Object> gone = Asyncio.ensureFuture(() -> sleeper(log, "gone", 10, null));
            LoopFuture<Object> sOk = Asyncio.shield(ok);
            LoopFuture<Object> sBad = Asyncio.shield(bad);
            LoopFuture<Object> sGone = Asyncio.shield(gone);
            Asyncio.sleep(0).await(); // one turn: the three are sleeping (a timed wait raced ok's timer on a busy machine)
            gone.cancel();
            attempt(log, "shield ok", sOk::await);
            attempt(log, "shield bad", sBad::await);
            attempt(log, "shield gone", sGone::await);
            log.add("shield gone cancelled=" + PyStr.repr(sGone.cancelled()));
        });
        add.accept("shield_of_a_done_future_is_that_future", log -> {
            LoopFuture<Integer> f = loop().createFuture();
            f.setResult(1);
            log.add("same=" + PyStr.repr(Asyncio.shield(f) == f));
        });

        // ---- futures, tasks, the loop ----
        add.accept("ensure_future_keeps_a_future_and_wraps_a_coroutine", log -> {
            LoopFuture<Object> f = loop().createFuture();
            log.add("future kept=" + PyStr.repr(Asyncio.ensureFuture(f) == f));
            LoopFuture<Object> t = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.01, "A"));
            log.add("coroutine wrapped in a " + t.getClass().getSimpleName());
            f.cancel();
            t.await();
        });
        add.accept("current_task_and_all_tasks", log -> {
            Task<?> me = Asyncio.currentTask();
            List<Task<?>> holder = new ArrayList<>();
            Task<Void> t = Asyncio.ensureFuture(() -> {
                log.add("inside: current is t=" + PyStr.repr(Asyncio.currentTask() == holder.get(0)));
            });
            holder.add(t);
            log.add("all_tasks=" + Asyncio.allTasks().size() + " has me=" + PyStr.repr(Asyncio.allTasks().contains(me))
                    + " has t=" + PyStr.repr(Asyncio.allTasks().contains(t)));
            t.await();
            log.add("after: all_tasks=" + Asyncio.allTasks().size());
        });
        add.accept("sleep_zero_lets_the_others_run_once", log -> {
            AsyncRunnable a = () -> body(log, "A");
            AsyncRunnable b = () -> body(log, "B");
            Asyncio.gather(Asyncio.ensureFuture(a), Asyncio.ensureFuture(b)).await();
        });
        add.accept("sleep_returns_its_result", log -> attempt(log, "sleep", Asyncio.sleep(0.01, "r")::await));
        add.accept("call_soon_runs_before_a_timer_due_now", log -> {
            EventLoop loop = loop();
            LoopFuture<Void> done = loop.createFuture();
            loop.callSoon(() -> log.add("soon 1"));
            loop.callLater(0, () -> log.add("later 0"));
            loop.callSoon(() -> log.add("soon 2"));
            loop.callLater(0.02, () -> log.add("later 20ms"));
            loop.callAt(loop.time() + 0.01, () -> log.add("at +10ms"));
            loop.callLater(0.03, () -> done.setResult(null));
            done.await();
        });
        add.accept("a_cancelled_handle_never_runs", log -> {
            EventLoop loop = loop();
            LoopFuture<Void> done = loop.createFuture();
            Handle h1 = loop.callSoon(() -> log.add("soon"));
            Handle h2 = loop.callLater(0.01, () -> log.add("later"));
            loop.callSoon(() -> log.add("kept"));
            h1.cancel();
            h2.cancel();
            log.add("cancelled=" + PyStr.repr(h1.cancelled()) + "," + PyStr.repr(h2.cancelled()));
            loop.callLater(0.03, () -> done.setResult(null));
            done.await();
        });
        add.accept("done_callbacks_run_soon_in_the_order_added", log -> {
            LoopFuture<String> f = loop().createFuture();
            f.addDoneCallback(d -> log.add("first " + PyStr.repr(d.result())));
            f.addDoneCallback(d -> log.add("second"));
            f.setResult("r");
            log.add("after set_result");
            f.addDoneCallback(d -> log.add("added when done"));
            Asyncio.sleep(0).await();
            Asyncio.sleep(0).await();
        });
        add.accept("a_future_cancelled_with_a_message", log -> {
            LoopFuture<Object> f = loop().createFuture();
            log.add("cancel -> " + PyStr.repr(f.cancel("why")));
            attempt(log, "await f", f::await);
            log.add("again -> " + PyStr.repr(f.cancel()));
        });
    }
}
