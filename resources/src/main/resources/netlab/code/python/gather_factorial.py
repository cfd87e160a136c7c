# gather_factorial.py -- seed 001 #7, as the tutorial gives it
# (indentation restored; async def / await for @asyncio.coroutine / yield from)
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number+1):
        print("Task %s: Compute factorial(%s)..." % (name, i))
        await asyncio.sleep(1)
        f *= i
    print("Task %s: factorial(%s) = %s" % (name, number, f))

loop = asyncio.new_event_loop()
tasks = [
    asyncio.ensure_future(factorial("A", 2), loop=loop),
    asyncio.ensure_future(factorial("B", 3), loop=loop),
    asyncio.ensure_future(factorial("C", 4), loop=loop)]
loop.run_until_complete(asyncio.gather(*tasks))
loop.close()
