# telnet_keys.py -- what seed 003 does with telnet, as a program: connect to localhost 2222, send
# each keystroke as a write of its own, wait for its answer before the next, and print the screen
# (echo:aecho:becho:c). NetLab's telnet-style client does the same.
# Usage: python3 telnet_keys.py abc
import asyncio
import sys

async def telnet(keys, port=2222):
    reader, writer = await asyncio.open_connection('localhost', port)
    screen = bytearray()
    for key in keys.encode():
        writer.write(bytes([key]))  # one keystroke, one write
        screen.extend(await reader.read(4096))
    # what is still on its way (the data after "echo:") comes within a moment
    while True:
        try:
            more = await asyncio.wait_for(reader.read(4096), 0.3)
        except asyncio.TimeoutError:
            break
        if not more:
            break
        screen.extend(more)
    print(screen.decode('latin-1'))
    writer.close()

asyncio.run(telnet(sys.argv[1] if len(sys.argv) > 1 else 'abc'))
