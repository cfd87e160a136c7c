# task_chain.py -- seed 002, as the tutorial gives it
# (indentation restored; the tutorial's typo creat_task fixed; new_event_loop())
import asyncio

async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(1.0)  # e)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)  # d)
    print("%s + %s = %s" % (x, y, result))

loop = asyncio.new_event_loop()  # a)
task = loop.create_task(print_sum(1, 2))  # b)
loop.run_until_complete(task)  # c)
loop.close()
