# gather.py -- seed 002 (asyncio.gather), as the tutorial gives it
# (indentation restored; new_event_loop())
import asyncio
from contextlib import closing

async def cor1():
    print("cor1")
    return "cor1 result"

async def cor2():
    print("cor2")
    return "cor2 result"

if __name__ == '__main__':
    with closing(asyncio.new_event_loop()) as loop:
        asyncio.set_event_loop(loop)
        outer_future = asyncio.gather(cor1(), cor2())  # 汇集成一个future
        result = loop.run_until_complete(outer_future)  # 返回两个协程的结果列表
        print("result: ", result)
