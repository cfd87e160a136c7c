# cancel.py -- seed 002 (task.cancel), as the tutorial gives it
# (indentation restored; new_event_loop(). Run it as "python3 cancel.py swallow" for the
# coroutine that catches CancelledError and goes on: the preset runs both. The seed then waits in
# loop.run_forever() for Ctrl+C; here a task that swallowed the cancel is let finish instead.)
import asyncio
import sys
from contextlib import closing

SWALLOW = len(sys.argv) > 1 and sys.argv[1] == 'swallow'

async def my_coroutine():
    try:
        print("mytask start")
        await asyncio.sleep(2)
    except asyncio.CancelledError as e:
        print("exception: asyncio.CancelledError, "
              "task.cancel() 会向被协程抛 CancelledError "
              "如果捕获不想上抛,则阻止了本次cancel")
        if not SWALLOW:
            raise  # 取消
    print("mytask end")
    return True

async def stop_coroutine(task):
    await asyncio.sleep(1)
    task.cancel()  # 取消任务

if __name__ == '__main__':
    with closing(asyncio.new_event_loop()) as loop:
        task = loop.create_task(my_coroutine())
        loop.run_until_complete(stop_coroutine(task))
        print('canceled: ', task.cancelled())
        if not task.done():
            loop.run_until_complete(task)
