# shield.py -- seed 002 (asyncio.shield), as the tutorial gives it
# (indentation restored; new_event_loop(). The seed wraps shield() in create_task(), which
# Python 3.11 refuses: shield() returns a future, not a coroutine; ensure_future() keeps that
# future, which is what the seed means. The seed then waits in run_forever() for Ctrl+C; here
# the shielded task ends the run.)
import asyncio
from contextlib import closing

async def another_coroutine():
    print("hello")
    return "hi"

async def my_coroutine():
    try:
        print("mytask start")
        await asyncio.sleep(2)

    except asyncio.CancelledError as e:
        print("exception: asyncio.CancelledError, "
              "task.cancel() 会向被协程抛 CancelledError "
              "如果捕获不想上抛,则阻止了本次cancel")
        raise

    await asyncio.sleep(3)
    print("mytask end")
    return True

async def stop_coroutine(task):
    await asyncio.sleep(1)
    task.cancel()  # 取消其他任务
    result = await another_coroutine()
    print(result)

if __name__ == '__main__':
    with closing(asyncio.new_event_loop()) as loop:
        asyncio.set_event_loop(loop)
        # task = loop.create_task(my_coroutine()) # 协程可被取消
        inner = asyncio.ensure_future(my_coroutine())
        task = asyncio.ensure_future(asyncio.shield(inner))  # 保护协程不被取消

        loop.run_until_complete(stop_coroutine(task))
        print('canceled: ', task.cancelled())
        loop.run_until_complete(inner)
