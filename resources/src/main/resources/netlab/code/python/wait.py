# wait.py -- seed 002 (asyncio.wait, wait_for), as the tutorial gives it
# (indentation restored; new_event_loop(); the coroutines are wrapped in tasks, as Python 3.11's
# wait() wants. Run it as "python3 wait.py FIRST_EXCEPTION" or "... ALL_COMPLETED" for the other
# ways to return: the preset runs all three; with FIRST_EXCEPTION, cor2 raises.)
import asyncio
import sys
from contextlib import closing

RETURN_WHEN = sys.argv[1] if len(sys.argv) > 1 else 'FIRST_COMPLETED'
FAIL = RETURN_WHEN == 'FIRST_EXCEPTION'

async def cor1():
    print("cor1")
    await asyncio.sleep(1)
    return "cor1 result"

async def cor2():
    print("cor2")
    if FAIL:
        raise ValueError("cor2 failed")
    return "cor2 result"

def show(f):
    # the seed prints c.result(); a task that raised would raise it again there
    e = f.exception()
    return repr(e) if e is not None else f.result()

if __name__ == '__main__':
    with closing(asyncio.new_event_loop()) as loop:
        asyncio.set_event_loop(loop)
        outer_future = asyncio.wait(
            (asyncio.ensure_future(cor1()), asyncio.ensure_future(cor2())),
            return_when=getattr(asyncio, RETURN_WHEN))  # 有一个完成就返回
        # 返回两组task, 完成的与未完成的
        completed, pending = loop.run_until_complete(outer_future)
        print("compled: ", completed)
        for c in completed:
            print("完成的result:", show(c))

        print("pending: ", pending)  # 有一个任务没有完成,pending了
        if pending:
            outer_future2 = asyncio.wait_for(list(pending)[0], timeout=1)  # 继续等待未完成的
            try:
                result2 = loop.run_until_complete(outer_future2)
                print("pending 的task 继续完成的result:", result2)
            except asyncio.TimeoutError:
                print("pending 的task 超时了")
        print("the end ")
