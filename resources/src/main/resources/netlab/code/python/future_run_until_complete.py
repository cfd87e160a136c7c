# future_run_until_complete.py -- seed 001 #5, as the tutorial gives it
# (indentation restored; @asyncio.coroutine / yield from became async def / await, which is all
# Python 3.11 accepts; the future is made by the loop that runs it)
import asyncio

async def slow_operation(future):
    await asyncio.sleep(1)
    future.set_result('Future is done!')

loop = asyncio.new_event_loop()
future = loop.create_future()
asyncio.ensure_future(slow_operation(future), loop=loop)
loop.run_until_complete(future)
print(future.result())
loop.close()
