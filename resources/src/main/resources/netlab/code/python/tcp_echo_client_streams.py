# tcp_echo_client_streams.py -- seed 001 #11 (client; seed 004's is the same in today's spelling),
# as the tutorial gives it (indentation restored; async def / await for @asyncio.coroutine /
# yield from; the loop= argument Python 3.10 removed is gone; new_event_loop())
import asyncio

async def tcp_echo_client(message, loop):
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)

    print('Send: %r' % message)
    writer.write(message.encode())

    data = await reader.read(100)
    print('Received: %r' % data.decode())

    print('Close the connection')
    writer.close()

message = 'Hello World!'
loop = asyncio.new_event_loop()
loop.run_until_complete(tcp_echo_client(message, loop))
loop.close()
