# socketpair_streams.py -- seed 001 #13, as the tutorial gives it
# (indentation restored; async def / await for @asyncio.coroutine / yield from; the loop= argument
# Python 3.10 removed is gone; new_event_loop())
import asyncio
try:
    from socket import socketpair
except ImportError:
    from asyncio.windows_utils import socketpair

async def wait_for_data(loop):
    # Create a pair of connected sockets
    rsock, wsock = socketpair()

    # Register the open socket to wait for data
    reader, writer = await asyncio.open_connection(sock=rsock)

    # Simulate the reception of data from the network
    loop.call_soon(wsock.send, 'abc'.encode())

    # Wait for data
    data = await reader.read(100)

    # Got data, we are done: close the socket
    print("Received:", data.decode())
    writer.close()

    # Close the second socket
    wsock.close()

loop = asyncio.new_event_loop()
loop.run_until_complete(wait_for_data(loop))
loop.close()
