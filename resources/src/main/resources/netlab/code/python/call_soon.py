# call_soon.py -- seed 001 #1, as the tutorial gives it
# (indentation restored; asyncio.get_event_loop() became new_event_loop(), as Python 3.11 wants
# outside a running loop)
import asyncio

def hello_world(loop):
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()

# Schedule a call to hello_world()
loop.call_soon(hello_world, loop)

# Blocking call interrupted by loop.stop()
loop.run_forever()
loop.close()
