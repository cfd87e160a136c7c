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

    static EventLoop loop() {
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

        AsyncioMoreCases.addTo(AsyncioCases::add);
    }

    static void body(List<String> log, String name) {
        for (int i = 1; i < 4; i++) {
            log.add(name + i);
            Asyncio.sleep(0).await();
        }
    }
}
