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

/**
 * The cases of {@code /cpython/asyncio_cases.py}, written with NetLab's {@link Asyncio} line for
 * line: each runs as a task on a fresh loop and logs the same steps in the same words, so that
 * its line can be compared with CPython's.
 */
final class AsyncioCases {
    @FunctionalInterface
    interface Body {
        void run(List<String> log) throws Exception;
    }

    static final Map<String, Body> ALL = new LinkedHashMap<>();

    private AsyncioCases() {
    }

    private static void add(String name, Body body) {
        ALL.put(name, body);
    }

    // ---- the script's helpers ----

    static String outcome(LoopFuture<?> f) {
        if (!f.done()) {
            return "pending";
        }
        if (f.cancelled()) {
            return "cancelled";
        }
        Throwable e = f.exception();
        if (e == null) {
            return "result:" + PyStr.repr(f.result());
        }
        return "exception:" + type(e) + ":" + PyStr.str(e);
    }

    static String item(Object x) {
        if (x instanceof Throwable e) {
            return type(e) + ":" + PyStr.str(e);
        }
        return PyStr.repr(x);
    }

    static String type(Throwable e) {
        return e instanceof PyException p ? p.pyType() : e.getClass().getSimpleName();
    }

    static <T> T attempt(List<String> log, String what, Coroutine<T> aw) {
        try {
            T r = aw.run();
            log.add(what + " returned " + item(r));
            return r;
        } catch (Throwable e) {
            log.add(what + " raised " + type(e) + ":" + PyStr.str(e));
            return null;
        }
    }

    static Object sleeper(List<String> log, String name, double delay, Object value, String fail) {
        try {
            Asyncio.sleep(delay).await();
        } catch (CancelledError e) {
            log.add(name + " saw CancelledError:" + PyStr.str(e));
            throw e;
        }
        if (fail != null) {
            log.add(name + " raises");
            throw new ValueError(fail);
        }
        log.add(name + " done");
        return value;
    }

    static Object sleeper(List<String> log, String name, double delay, Object value) {
        return sleeper(log, name, delay, value, null);
    }

    static Object stubborn(List<String> log, String name, double delay, Object value) {
        try {
            Asyncio.sleep(delay).await();
        } catch (CancelledError e) {
            log.add(name + " ignores the cancel");
        }
        Asyncio.sleep(0.01).await();
        log.add(name + " returns");
        return value;
    }

    static String names(Set<LoopFuture<?>> fs, Map<String, ? extends LoopFuture<?>> tasks) {
        Set<String> in = new TreeSet<>();
        tasks.forEach((n, t) -> {
            if (fs.contains(t)) {
                in.add(n);
            }
        });
        return "{" + String.join(",", in) + "}";
    }

    private static EventLoop loop() {
        return Asyncio.getRunningLoop();
    }

    static {
        // ---- cancellation ----
        add("cancel_is_delivered_at_the_await", log -> {
            Task<Object> t = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            Asyncio.sleep(0.05).await();
            log.add("cancel -> " + PyStr.repr(t.cancel("stop")));
            log.add("after cancel: cancelled=" + PyStr.repr(t.cancelled()) + " done=" + PyStr.repr(t.done()));
            attempt(log, "await t", t::await);
            log.add("t " + outcome(t));
        });
        add("a_task_that_swallows_the_cancel_is_not_cancelled", log -> {
            Task<Object> t = Asyncio.ensureFuture(() -> stubborn(log, "a", 10, "survived"));
            Asyncio.sleep(0.05).await();
            log.add("cancel -> " + PyStr.repr(t.cancel()));
            attempt(log, "await t", t::await);
            log.add("t " + outcome(t));
        });
        add("a_task_cancelled_before_its_first_step_never_runs", log -> {
            Task<Object> t = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.01, "x"));
            log.add("cancel -> " + PyStr.repr(t.cancel()));
            attempt(log, "await t", t::await);
            log.add("t " + outcome(t));
        });
        add("cancelling_a_done_task_returns_false", log -> {
            Task<Object> t = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.01, 1));
            t.await();
            log.add("cancel -> " + PyStr.repr(t.cancel()));
            log.add("t " + outcome(t));
        });
        add("cancelling_a_task_cancels_the_task_it_awaits", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> sleeper(log, "inner", 10, null));
            Task<Object> outer = Asyncio.ensureFuture(inner::await);
            Asyncio.sleep(0.05).await();
            outer.cancel();
            attempt(log, "await outer", outer::await);
            log.add("outer " + outcome(outer) + " inner " + outcome(inner));
        });
        add("an_awaited_task_that_refuses_the_cancel_keeps_its_awaiter_alive", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> stubborn(log, "inner", 10, "inner value"));
            Task<Object> outer = Asyncio.ensureFuture(() -> {
                Object r = inner.await();
                log.add("outer got " + PyStr.repr(r));
                return r;
            });
            Asyncio.sleep(0.05).await();
            outer.cancel();
            attempt(log, "await outer", outer::await);
            log.add("outer " + outcome(outer) + " inner " + outcome(inner));
        });
        add("a_task_that_cancels_itself_sees_it_at_its_next_await", log -> {
            Task<Void> t = Asyncio.ensureFuture(() -> {
                Asyncio.currentTask().cancel();
                log.add("still running after cancel()");
                Asyncio.sleep(0.01).await();
                log.add("not reached");
            });
            attempt(log, "await t", t::await);
            log.add("t " + outcome(t));
        });
        add("a_cancel_after_the_awaited_future_finished_still_wins", log -> {
            LoopFuture<Integer> f = loop().createFuture();
            Task<Void> t = Asyncio.ensureFuture(() -> {
                int r = f.await();
                log.add("got " + PyStr.repr(r));
            });
            Asyncio.sleep(0).await();
            f.setResult(1);
            log.add("cancel -> " + PyStr.repr(t.cancel()));
            attempt(log, "await t", t::await);
            log.add("t " + outcome(t));
        });
        add("cancelling_counts_requests_and_uncancel_takes_one_back", log -> {
            Task<Object> t = Asyncio.ensureFuture(() -> stubborn(log, "a", 10, "v"));
            Asyncio.sleep(0.01).await();
            t.cancel();
            t.cancel();
            log.add("cancelling=" + t.cancelling());
            log.add("uncancel -> " + t.uncancel());
            attempt(log, "await t", t::await);
        });

        // ---- gather ----
        add("gather_returns_results_in_the_order_given", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.06, "A"));
            Task<Object> b = Asyncio.ensureFuture(() -> sleeper(log, "b", 0.02, "B"));
            attempt(log, "gather", Asyncio.gather(a, b)::await);
        });
        add("gather_raises_the_first_exception_and_the_others_go_on", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.02, null, "boom"));
            Task<Object> b = Asyncio.ensureFuture(() -> sleeper(log, "b", 0.06, "B"));
            attempt(log, "gather", Asyncio.gather(a, b)::await);
            log.add("b right after: " + outcome(b));
            Asyncio.sleep(0.1).await();
            log.add("b later: " + outcome(b));
        });
        add("gather_with_return_exceptions_puts_them_among_the_results", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.02, null, "boom"));
            Task<Object> b = Asyncio.ensureFuture(() -> sleeper(log, "b", 0.04, "B"));
            Task<Object> c = Asyncio.ensureFuture(() -> sleeper(log, "c", 10, null));
            Asyncio.sleep(0.01).await();
            c.cancel("no");
            attempt(log, "gather", Asyncio.gather(List.of(a, b, c), true)::await);
        });
        add("gather_of_a_cancelled_child_raises_cancelled_error_but_is_not_cancelled", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            LoopFuture<List<Object>> g = Asyncio.gather(a);
            Asyncio.sleep(0.01).await();
            a.cancel("child");
            attempt(log, "gather", g::await);
            log.add("g cancelled=" + PyStr.repr(g.cancelled()) + " " + outcome(g));
        });
        add("cancelling_the_gather_cancels_its_children", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            Task<Object> b = Asyncio.ensureFuture(() -> sleeper(log, "b", 10, null));
            LoopFuture<List<Object>> g = Asyncio.gather(a, b);
            Asyncio.sleep(0.01).await();
            log.add("g.cancel -> " + PyStr.repr(g.cancel()));
            attempt(log, "gather", g::await);
            log.add("g cancelled=" + PyStr.repr(g.cancelled()) + " a " + outcome(a) + " b " + outcome(b));
        });
        add("cancelling_the_gather_raises_even_with_return_exceptions", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            LoopFuture<List<Object>> g = Asyncio.gather(List.of(a), true);
            Asyncio.sleep(0.01).await();
            log.add("g.cancel -> " + PyStr.repr(g.cancel()));
            attempt(log, "gather", g::await);
        });
        add("gather_of_nothing_is_an_empty_list", log -> attempt(log, "gather", Asyncio.gather(List.of())::await));
        add("gather_lists_a_repeated_future_twice", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.01, "A"));
            attempt(log, "gather", Asyncio.gather(a, a)::await);
        });
        add("gather_of_done_futures_still_takes_a_turn_of_the_loop", log -> {
            LoopFuture<String> f = loop().createFuture();
            f.setResult("F");
            LoopFuture<List<Object>> g = Asyncio.gather(f);
            log.add("at once: " + outcome(g));
            Asyncio.sleep(0).await();
            log.add("after one turn: " + outcome(g));
        });

        // ---- wait ----
        add("wait_first_completed_returns_the_first_done", log -> {
            Map<String, Task<Object>> ts = new LinkedHashMap<>();
            ts.put("a", Asyncio.ensureFuture(() -> sleeper(log, "a", 0.08, "A")));
            ts.put("b", Asyncio.ensureFuture(() -> sleeper(log, "b", 0.02, "B")));
            DoneAndPending r = Asyncio.wait(ts.values(), FIRST_COMPLETED);
            log.add("done=" + names(r.done(), ts) + " pending=" + names(r.pending(), ts));
            log.add("a " + outcome(ts.get("a")));
            ts.get("a").await();
        });
        add("wait_first_exception_returns_at_the_first_raise", log -> {
            Map<String, Task<Object>> ts = new LinkedHashMap<>();
            ts.put("a", Asyncio.ensureFuture(() -> sleeper(log, "a", 0.02, null, "boom")));
            ts.put("b", Asyncio.ensureFuture(() -> sleeper(log, "b", 0.01, "B")));
            ts.put("c", Asyncio.ensureFuture(() -> sleeper(log, "c", 0.1, "C")));
            DoneAndPending r = Asyncio.wait(ts.values(), FIRST_EXCEPTION);
            log.add("done=" + names(r.done(), ts) + " pending=" + names(r.pending(), ts));
            ts.get("c").await();
        });
        add("wait_first_exception_without_any_waits_for_all", log -> {
            Map<String, Task<Object>> ts = new LinkedHashMap<>();
            ts.put("a", Asyncio.ensureFuture(() -> sleeper(log, "a", 0.02, "A")));
            ts.put("b", Asyncio.ensureFuture(() -> sleeper(log, "b", 0.04, "B")));
            DoneAndPending r = Asyncio.wait(ts.values(), FIRST_EXCEPTION);
            log.add("done=" + names(r.done(), ts) + " pending=" + names(r.pending(), ts));
        });
        add("wait_all_completed_waits_for_every_one_even_failures", log -> {
            Map<String, Task<Object>> ts = new LinkedHashMap<>();
            ts.put("a", Asyncio.ensureFuture(() -> sleeper(log, "a", 0.02, null, "boom")));
            ts.put("b", Asyncio.ensureFuture(() -> sleeper(log, "b", 0.04, "B")));
            DoneAndPending r = Asyncio.wait(ts.values());
            log.add("done=" + names(r.done(), ts) + " pending=" + names(r.pending(), ts) + " a " + outcome(ts.get("a")));
        });
        add("wait_with_a_timeout_returns_without_cancelling", log -> {
            Map<String, Task<Object>> ts = new LinkedHashMap<>();
            ts.put("a", Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null)));
            ts.put("b", Asyncio.ensureFuture(() -> sleeper(log, "b", 0.01, "B")));
            DoneAndPending r = Asyncio.wait(ts.values(), 0.05);
            log.add("done=" + names(r.done(), ts) + " pending=" + names(r.pending(), ts) + " a " + outcome(ts.get("a")));
            ts.get("a").cancel();
            attempt(log, "await a", ts.get("a")::await);
        });
        add("wait_of_nothing_is_a_value_error", log -> attempt(log, "wait", () -> Asyncio.wait(List.of())));
        add("cancelling_a_wait_leaves_the_futures_running", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.05, "A"));
            Task<Void> w = Asyncio.ensureFuture(() -> {
                Asyncio.wait(List.of(a));
            });
            Asyncio.sleep(0.01).await();
            w.cancel();
            attempt(log, "await waiter", w::await);
            log.add("a " + outcome(a));
            attempt(log, "await a", a::await);
        });

        // ---- wait_for ----
        add("wait_for_returns_the_result_in_time", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.01, "A"), 1.0)));
        add("wait_for_cancels_the_inner_task_and_raises_timeout_error", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            attempt(log, "wait_for", () -> Asyncio.waitFor(a, 0.05));
            log.add("a " + outcome(a));
        });
        add("wait_for_returns_what_an_inner_task_that_refuses_the_cancel_returns", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> stubborn(log, "a", 10, "late value"));
            attempt(log, "wait_for", () -> Asyncio.waitFor(a, 0.05));
            log.add("a " + outcome(a));
        });
        add("cancelling_wait_for_cancels_the_inner_task", log -> {
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            Task<Object> w = Asyncio.ensureFuture(() -> Asyncio.waitFor(a, 5.0));
            Asyncio.sleep(0.02).await();
            w.cancel();
            attempt(log, "await waiter", w::await);
            log.add("a " + outcome(a));
        });
        add("wait_for_without_a_timeout_just_awaits", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.02, "A"), null)));
        add("wait_for_with_a_zero_timeout", log -> {
            LoopFuture<String> f = loop().createFuture();
            f.setResult("F");
            attempt(log, "done future", () -> Asyncio.waitFor(f, 0.0));
            Task<Object> a = Asyncio.ensureFuture(() -> sleeper(log, "a", 10, null));
            attempt(log, "pending task", () -> Asyncio.waitFor(a, 0.0));
            log.add("a " + outcome(a));
        });
        add("wait_for_passes_the_inner_exception_on", log ->
                attempt(log, "wait_for", () -> Asyncio.waitFor(() -> sleeper(log, "a", 0.01, null, "bad"), 1.0)));

        // ---- shield ----
        add("shield_keeps_the_inner_task_running_when_its_awaiter_is_cancelled", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> sleeper(log, "inner", 0.05, "I"));
            Task<Object> w = Asyncio.ensureFuture(() -> Asyncio.shield(inner).await());
            Asyncio.sleep(0.01).await();
            w.cancel();
            attempt(log, "await waiter", w::await);
            log.add("inner " + outcome(inner));
            attempt(log, "await inner", inner::await);
        });
        add("cancelling_the_shield_itself_leaves_the_inner_task", log -> {
            Task<Object> inner = Asyncio.ensureFuture(() -> sleeper(log, "inner", 0.03, "I"));
            LoopFuture<Object> outer = Asyncio.shield(inner);
            log.add("outer.cancel -> " + PyStr.repr(outer.cancel()));
            attempt(log, "await outer", outer::await);
            attempt(log, "await inner", inner::await);
        });
        add("a_shield_follows_its_inner_result_exception_or_cancel", log -> {
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
        add("shield_of_a_done_future_is_that_future", log -> {
            LoopFuture<Integer> f = loop().createFuture();
            f.setResult(1);
            log.add("same=" + PyStr.repr(Asyncio.shield(f) == f));
        });

        // ---- futures, tasks, the loop ----
        add("ensure_future_keeps_a_future_and_wraps_a_coroutine", log -> {
            LoopFuture<Object> f = loop().createFuture();
            log.add("future kept=" + PyStr.repr(Asyncio.ensureFuture(f) == f));
            LoopFuture<Object> t = Asyncio.ensureFuture(() -> sleeper(log, "a", 0.01, "A"));
            log.add("coroutine wrapped in a " + t.getClass().getSimpleName());
            f.cancel();
            t.await();
        });
        add("current_task_and_all_tasks", log -> {
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
        add("sleep_zero_lets_the_others_run_once", log -> {
            AsyncRunnable a = () -> body(log, "A");
            AsyncRunnable b = () -> body(log, "B");
            Asyncio.gather(Asyncio.ensureFuture(a), Asyncio.ensureFuture(b)).await();
        });
        add("sleep_returns_its_result", log -> attempt(log, "sleep", Asyncio.sleep(0.01, "r")::await));
        add("call_soon_runs_before_a_timer_due_now", log -> {
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
        add("a_cancelled_handle_never_runs", log -> {
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
        add("done_callbacks_run_soon_in_the_order_added", log -> {
            LoopFuture<String> f = loop().createFuture();
            f.addDoneCallback(d -> log.add("first " + PyStr.repr(d.result())));
            f.addDoneCallback(d -> log.add("second"));
            f.setResult("r");
            log.add("after set_result");
            f.addDoneCallback(d -> log.add("added when done"));
            Asyncio.sleep(0).await();
            Asyncio.sleep(0).await();
        });
        add("a_future_cancelled_with_a_message", log -> {
            LoopFuture<Object> f = loop().createFuture();
            log.add("cancel -> " + PyStr.repr(f.cancel("why")));
            attempt(log, "await f", f::await);
            log.add("again -> " + PyStr.repr(f.cancel()));
        });
    }

    private static void body(List<String> log, String name) {
        for (int i = 1; i < 4; i++) {
            log.add(name + i);
            Asyncio.sleep(0).await();
        }
    }
}
