# blocking_call.py -- NetLab's own example for seed 002's lesson that the loop runs on one thread:
# a coroutine that calls time.sleep() instead of awaiting asyncio.sleep() freezes every other task
# on the loop; the ticker's tick after the stall comes late.
import asyncio
import time

async def ticker(period, count):
    start = last = loop.time()
    for i in range(1, count + 1):
        await asyncio.sleep(period)
        now = loop.time()
        late = now - last - period
        last = now
        print("ticker: tick %d at %.1f s%s" % (i, now - start,
              " (%.1f s late)" % late if late >= 0.1 else ""))

async def blocker(after, block):
    await asyncio.sleep(after)
    print("blocker: time.sleep(%s) blocks the loop thread" % block)
    time.sleep(block)  # not: await asyncio.sleep(block)
    print("blocker: awake again")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(asyncio.gather(ticker(0.5, 5), blocker(1.2, 2)))
loop.close()
