# tcp_echo_server_streams.py -- seed 001 #11 (server; seed 004's is the same in today's spelling),
# as the tutorial gives it (indentation restored; async def / await for @asyncio.coroutine /
# yield from; the loop= argument Python 3.10 removed is gone; new_event_loop())
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print("Received %r from %r" % (message, addr))

    print("Send: %r" % message)
    writer.write(data)
    await writer.drain()

    print("Close the client socket")
    writer.close()

loop = asyncio.new_event_loop()
coro = asyncio.start_server(handle_echo, '127.0.0.1', 8888)
server = loop.run_until_complete(coro)

# Serve requests until Ctrl+C is pressed
print('Serving on {}'.format(server.sockets[0].getsockname()))
try:
    loop.run_forever()
except KeyboardInterrupt:
    pass

# Close the server
server.close()
loop.run_until_complete(server.wait_closed())
loop.close()
