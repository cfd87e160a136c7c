# future_add_done_callback.py -- seed 001 #6, as the tutorial gives it
# (indentation restored; async def / await for @asyncio.coroutine / yield from; the future is
# made by the loop that runs it)
import asyncio

async def slow_operation(future):
    await asyncio.sleep(1)
    future.set_result('Future is done!')

def got_result(future):
    print(future.result())
    loop.stop()

loop = asyncio.new_event_loop()
future = loop.create_future()
asyncio.ensure_future(slow_operation(future), loop=loop)
future.add_done_callback(got_result)
try:
    loop.run_forever()
finally:
    loop.close()
