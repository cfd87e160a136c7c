# asyncio's futures, tasks, gather, wait, wait_for, shield and loop ordering, case by case: each
# case runs on a fresh event loop and prints one line, "name: step | step | ...", for NetLab's
# engine (AsyncioCasesTest) to be compared with. Times are short and only order them: a loop
# that runs late still runs due timers earliest first, so the lines do not depend on the machine.
import asyncio
import sys

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def outcome(f):
    if not f.done():
        return 'pending'
    if f.cancelled():
        return 'cancelled'
    e = f.exception()
    if e is None:
        return 'result:%r' % (f.result(),)
    return 'exception:%s:%s' % (type(e).__name__, e)


def item(x):
    if isinstance(x, BaseException):
        return '%s:%s' % (type(x).__name__, x)
    return repr(x)


async def attempt(log, what, aw):
    try:
        r = await aw
        log.append('%s returned %s' % (what, item(r)))
        return r
    except BaseException as e:
        log.append('%s raised %s:%s' % (what, type(e).__name__, e))


async def sleeper(log, name, delay, value=None, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append('%s saw CancelledError:%s' % (name, e))
        raise
    if fail:
        log.append('%s raises' % name)
        raise ValueError(fail)
    log.append('%s done' % name)
    return value


async def stubborn(log, name, delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append('%s ignores the cancel' % name)
    await asyncio.sleep(0.01)
    log.append('%s returns' % name)
    return value


# ---- cancellation ----

@case
async def cancel_is_delivered_at_the_await(log):
    t = asyncio.ensure_future(sleeper(log, 'a', 10))
    await asyncio.sleep(0.05)
    log.append('cancel -> %s' % t.cancel('stop'))
    log.append('after cancel: cancelled=%s done=%s' % (t.cancelled(), t.done()))
    await attempt(log, 'await t', t)
    log.append('t ' + outcome(t))


@case
async def a_task_that_swallows_the_cancel_is_not_cancelled(log):
    t = asyncio.ensure_future(stubborn(log, 'a', 10, 'survived'))
    await asyncio.sleep(0.05)
    log.append('cancel -> %s' % t.cancel())
    await attempt(log, 'await t', t)
    log.append('t ' + outcome(t))


@case
async def a_task_cancelled_before_its_first_step_never_runs(log):
    t = asyncio.ensure_future(sleeper(log, 'a', 0.01, 'x'))
    log.append('cancel -> %s' % t.cancel())
    await attempt(log, 'await t', t)
    log.append('t ' + outcome(t))


@case
async def cancelling_a_done_task_returns_false(log):
    t = asyncio.ensure_future(sleeper(log, 'a', 0.01, 1))
    await t
    log.append('cancel -> %s' % t.cancel())
    log.append('t ' + outcome(t))


@case
async def cancelling_a_task_cancels_the_task_it_awaits(log):
    inner = asyncio.ensure_future(sleeper(log, 'inner', 10))

    async def outer_body():
        return await inner
    outer = asyncio.ensure_future(outer_body())
    await asyncio.sleep(0.05)
    outer.cancel()
    await attempt(log, 'await outer', outer)
    log.append('outer %s inner %s' % (outcome(outer), outcome(inner)))


@case
async def an_awaited_task_that_refuses_the_cancel_keeps_its_awaiter_alive(log):
    inner = asyncio.ensure_future(stubborn(log, 'inner', 10, 'inner value'))

    async def outer_body():
        r = await inner
        log.append('outer got %r' % (r,))
        return r
    outer = asyncio.ensure_future(outer_body())
    await asyncio.sleep(0.05)
    outer.cancel()
    await attempt(log, 'await outer', outer)
    log.append('outer %s inner %s' % (outcome(outer), outcome(inner)))


@case
async def a_task_that_cancels_itself_sees_it_at_its_next_await(log):
    async def body():
        asyncio.current_task().cancel()
        log.append('still running after cancel()')
        await asyncio.sleep(0.01)
        log.append('not reached')
    t = asyncio.ensure_future(body())
    await attempt(log, 'await t', t)
    log.append('t ' + outcome(t))


@case
async def a_cancel_after_the_awaited_future_finished_still_wins(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def body():
        r = await f
        log.append('got %r' % (r,))
    t = asyncio.ensure_future(body())
    await asyncio.sleep(0)
    f.set_result(1)
    log.append('cancel -> %s' % t.cancel())
    await attempt(log, 'await t', t)
    log.append('t ' + outcome(t))


@case
async def cancelling_counts_requests_and_uncancel_takes_one_back(log):
    t = asyncio.ensure_future(stubborn(log, 'a', 10, 'v'))
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    log.append('cancelling=%d' % t.cancelling())
    log.append('uncancel -> %d' % t.uncancel())
    await attempt(log, 'await t', t)


# ---- gather ----

@case
async def gather_returns_results_in_the_order_given(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 0.06, 'A'))
    b = asyncio.ensure_future(sleeper(log, 'b', 0.02, 'B'))
    await attempt(log, 'gather', asyncio.gather(a, b))


@case
async def gather_raises_the_first_exception_and_the_others_go_on(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 0.02, fail='boom'))
    b = asyncio.ensure_future(sleeper(log, 'b', 0.06, 'B'))
    await attempt(log, 'gather', asyncio.gather(a, b))
    log.append('b right after: %s' % outcome(b))
    await asyncio.sleep(0.1)
    log.append('b later: %s' % outcome(b))


@case
async def gather_with_return_exceptions_puts_them_among_the_results(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 0.02, fail='boom'))
    b = asyncio.ensure_future(sleeper(log, 'b', 0.04, 'B'))
    c = asyncio.ensure_future(sleeper(log, 'c', 10))
    await asyncio.sleep(0.01)
    c.cancel('no')
    await attempt(log, 'gather', asyncio.gather(a, b, c, return_exceptions=True))


@case
async def gather_of_a_cancelled_child_raises_cancelled_error_but_is_not_cancelled(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 10))
    g = asyncio.gather(a)
    await asyncio.sleep(0.01)
    a.cancel('child')
    await attempt(log, 'gather', g)
    log.append('g cancelled=%s %s' % (g.cancelled(), outcome(g)))


@case
async def cancelling_the_gather_cancels_its_children(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 10))
    b = asyncio.ensure_future(sleeper(log, 'b', 10))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.01)
    log.append('g.cancel -> %s' % g.cancel())
    await attempt(log, 'gather', g)
    log.append('g cancelled=%s a %s b %s' % (g.cancelled(), outcome(a), outcome(b)))


@case
async def cancelling_the_gather_raises_even_with_return_exceptions(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 10))
    g = asyncio.gather(a, return_exceptions=True)
    await asyncio.sleep(0.01)
    log.append('g.cancel -> %s' % g.cancel())
    await attempt(log, 'gather', g)


@case
async def gather_of_nothing_is_an_empty_list(log):
    await attempt(log, 'gather', asyncio.gather())


@case
async def gather_lists_a_repeated_future_twice(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 0.01, 'A'))
    await attempt(log, 'gather', asyncio.gather(a, a))


@case
async def gather_of_done_futures_still_takes_a_turn_of_the_loop(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('F')
    g = asyncio.gather(f)
    log.append('at once: %s' % outcome(g))
    await asyncio.sleep(0)
    log.append('after one turn: %s' % outcome(g))


# ---- wait ----

def names(fs, tasks):
    return '{' + ','.join(sorted(n for n, t in tasks.items() if t in fs)) + '}'


@case
async def wait_first_completed_returns_the_first_done(log):
    ts = {'a': asyncio.ensure_future(sleeper(log, 'a', 0.08, 'A')),
          'b': asyncio.ensure_future(sleeper(log, 'b', 0.02, 'B'))}
    done, pending = await asyncio.wait(ts.values(), return_when=asyncio.FIRST_COMPLETED)
    log.append('done=%s pending=%s' % (names(done, ts), names(pending, ts)))
    log.append('a %s' % outcome(ts['a']))
    await ts['a']


@case
async def wait_first_exception_returns_at_the_first_raise(log):
    ts = {'a': asyncio.ensure_future(sleeper(log, 'a', 0.02, fail='boom')),
          'b': asyncio.ensure_future(sleeper(log, 'b', 0.01, 'B')),
          'c': asyncio.ensure_future(sleeper(log, 'c', 0.1, 'C'))}
    done, pending = await asyncio.wait(ts.values(), return_when=asyncio.FIRST_EXCEPTION)
    log.append('done=%s pending=%s' % (names(done, ts), names(pending, ts)))
    await ts['c']


@case
async def wait_first_exception_without_any_waits_for_all(log):
    ts = {'a': asyncio.ensure_future(sleeper(log, 'a', 0.02, 'A')),
          'b': asyncio.ensure_future(sleeper(log, 'b', 0.04, 'B'))}
    done, pending = await asyncio.wait(ts.values(), return_when=asyncio.FIRST_EXCEPTION)
    log.append('done=%s pending=%s' % (names(done, ts), names(pending, ts)))


@case
async def wait_all_completed_waits_for_every_one_even_failures(log):
    ts = {'a': asyncio.ensure_future(sleeper(log, 'a', 0.02, fail='boom')),
          'b': asyncio.ensure_future(sleeper(log, 'b', 0.04, 'B'))}
    done, pending = await asyncio.wait(ts.values())
    log.append('done=%s pending=%s a %s' % (names(done, ts), names(pending, ts), outcome(ts['a'])))


@case
async def wait_with_a_timeout_returns_without_cancelling(log):
    ts = {'a': asyncio.ensure_future(sleeper(log, 'a', 10)),
          'b': asyncio.ensure_future(sleeper(log, 'b', 0.01, 'B'))}
    done, pending = await asyncio.wait(ts.values(), timeout=0.05)
    log.append('done=%s pending=%s a %s' % (names(done, ts), names(pending, ts), outcome(ts['a'])))
    ts['a'].cancel()
    await attempt(log, 'await a', ts['a'])


@case
async def wait_of_nothing_is_a_value_error(log):
    await attempt(log, 'wait', asyncio.wait([]))


@case
async def cancelling_a_wait_leaves_the_futures_running(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 0.05, 'A'))

    async def waiter():
        await asyncio.wait([a])
    w = asyncio.ensure_future(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    await attempt(log, 'await waiter', w)
    log.append('a %s' % outcome(a))
    await attempt(log, 'await a', a)


# ---- wait_for ----

@case
async def wait_for_returns_the_result_in_time(log):
    await attempt(log, 'wait_for', asyncio.wait_for(sleeper(log, 'a', 0.01, 'A'), timeout=1))


@case
async def wait_for_cancels_the_inner_task_and_raises_timeout_error(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 10))
    await attempt(log, 'wait_for', asyncio.wait_for(a, timeout=0.05))
    log.append('a %s' % outcome(a))


@case
async def wait_for_returns_what_an_inner_task_that_refuses_the_cancel_returns(log):
    a = asyncio.ensure_future(stubborn(log, 'a', 10, 'late value'))
    await attempt(log, 'wait_for', asyncio.wait_for(a, timeout=0.05))
    log.append('a %s' % outcome(a))


@case
async def cancelling_wait_for_cancels_the_inner_task(log):
    a = asyncio.ensure_future(sleeper(log, 'a', 10))

    async def waiter():
        return await asyncio.wait_for(a, timeout=5)
    w = asyncio.ensure_future(waiter())
    await asyncio.sleep(0.02)
    w.cancel()
    await attempt(log, 'await waiter', w)
    log.append('a %s' % outcome(a))


@case
async def wait_for_without_a_timeout_just_awaits(log):
    await attempt(log, 'wait_for', asyncio.wait_for(sleeper(log, 'a', 0.02, 'A'), timeout=None))


@case
async def wait_for_with_a_zero_timeout(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('F')
    await attempt(log, 'done future', asyncio.wait_for(f, timeout=0))
    a = asyncio.ensure_future(sleeper(log, 'a', 10))
    await attempt(log, 'pending task', asyncio.wait_for(a, timeout=0))
    log.append('a %s' % outcome(a))


@case
async def wait_for_passes_the_inner_exception_on(log):
    await attempt(log, 'wait_for', asyncio.wait_for(sleeper(log, 'a', 0.01, fail='bad'), timeout=1))


# ---- shield ----

@case
async def shield_keeps_the_inner_task_running_when_its_awaiter_is_cancelled(log):
    inner = asyncio.ensure_future(sleeper(log, 'inner', 0.05, 'I'))

    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.ensure_future(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    await attempt(log, 'await waiter', w)
    log.append('inner %s' % outcome(inner))
    await attempt(log, 'await inner', inner)


@case
async def cancelling_the_shield_itself_leaves_the_inner_task(log):
    inner = asyncio.ensure_future(sleeper(log, 'inner', 0.03, 'I'))
    outer = asyncio.shield(inner)
    log.append('outer.cancel -> %s' % outer.cancel())
    await attempt(log, 'await outer', outer)
    await attempt(log, 'await inner', inner)


@case
async def a_shield_follows_its_inner_result_exception_or_cancel(log):
    ok = asyncio.ensure_future(sleeper(log, 'ok', 0.01, 'OK'))
    bad = asyncio.ensure_future(sleeper(log, 'bad', 0.02, fail='bad'))
    gone = asyncio.ensure_future(sleeper(log, 'gone', 10))
    s_ok, s_bad, s_gone = asyncio.shield(ok), asyncio.shield(bad), asyncio.shield(gone)
    await asyncio.sleep(0)  # one turn: the three are sleeping; a timed wait here raced ok's timer on a busy machine
    gone.cancel()
    await attempt(log, 'shield ok', s_ok)
    await attempt(log, 'shield bad', s_bad)
    await attempt(log, 'shield gone', s_gone)
    log.append('shield gone cancelled=%s' % s_gone.cancelled())


@case
async def shield_of_a_done_future_is_that_future(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    log.append('same=%s' % (asyncio.shield(f) is f))


# ---- futures, tasks, the loop ----

@case
async def ensure_future_keeps_a_future_and_wraps_a_coroutine(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log.append('future kept=%s' % (asyncio.ensure_future(f) is f))
    t = asyncio.ensure_future(sleeper(log, 'a', 0.01, 'A'))
    log.append('coroutine wrapped in a %s' % type(t).__name__)
    f.cancel()
    await t


@case
async def current_task_and_all_tasks(log):
    me = asyncio.current_task()

    async def body():
        log.append('inside: current is t=%s' % (asyncio.current_task() is t))
    t = asyncio.ensure_future(body())
    log.append('all_tasks=%d has me=%s has t=%s' % (len(asyncio.all_tasks()), me in asyncio.all_tasks(), t in asyncio.all_tasks()))
    await t
    log.append('after: all_tasks=%d' % len(asyncio.all_tasks()))


@case
async def sleep_zero_lets_the_others_run_once(log):
    async def body(name):
        for i in range(1, 4):
            log.append('%s%d' % (name, i))
            await asyncio.sleep(0)
    await asyncio.gather(body('A'), body('B'))


@case
async def sleep_returns_its_result(log):
    await attempt(log, 'sleep', asyncio.sleep(0.01, 'r'))


@case
async def call_soon_runs_before_a_timer_due_now(log):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(log.append, 'soon 1')
    loop.call_later(0, log.append, 'later 0')
    loop.call_soon(log.append, 'soon 2')
    loop.call_later(0.02, log.append, 'later 20ms')
    loop.call_at(loop.time() + 0.01, log.append, 'at +10ms')
    loop.call_later(0.03, done.set_result, None)
    await done


@case
async def a_cancelled_handle_never_runs(log):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    h1 = loop.call_soon(log.append, 'soon')
    h2 = loop.call_later(0.01, log.append, 'later')
    loop.call_soon(log.append, 'kept')
    h1.cancel()
    h2.cancel()
    log.append('cancelled=%s,%s' % (h1.cancelled(), h2.cancelled()))
    loop.call_later(0.03, done.set_result, None)
    await done


@case
async def done_callbacks_run_soon_in_the_order_added(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda d: log.append('first %r' % (d.result(),)))
    f.add_done_callback(lambda d: log.append('second'))
    f.set_result('r')
    log.append('after set_result')
    f.add_done_callback(lambda d: log.append('added when done'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)


@case
async def a_future_cancelled_with_a_message(log):
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log.append('cancel -> %s' % f.cancel('why'))
    await attempt(log, 'await f', f)
    log.append('again -> %s' % f.cancel())


async def run_case(fn):
    log = []
    await fn(log)
    await asyncio.sleep(0)
    return log


def main():
    wanted = sys.argv[1:]
    for fn in CASES:
        if wanted and fn.__name__ not in wanted:
            continue
        log = asyncio.run(run_case(fn))
        print('%s: %s' % (fn.__name__, ' | '.join(log)))


main()
