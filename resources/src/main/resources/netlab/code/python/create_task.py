# create_task.py -- seed 002 (loop.create_task), as the tutorial gives it
# (indentation restored; new_event_loop())
import asyncio

async def say(what, when):
    await asyncio.sleep(when)
    print("say {0} on {1}".format(what, when))

if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    # create tasks
    task1 = loop.create_task(say("hello", 2))
    task2 = loop.create_task(say("hi", 3))
    task3 = loop.create_task(say("hey", 1))
    # run task created in even loop
    loop.run_until_complete(asyncio.wait((task1, task2, task3)))
    print("all task done")
    loop.close()
