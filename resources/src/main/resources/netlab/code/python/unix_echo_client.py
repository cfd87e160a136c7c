# unix_echo_client.py -- seed 004's echo client over a Unix domain socket: open_unix_connection,
# the function the seed describes beside open_connection.
# Usage: python3 unix_echo_client.py /tmp/echo.sock
import asyncio
import sys

async def tcp_echo_client(message, path):
    reader, writer = await asyncio.open_unix_connection(path)

    print(f'Send: {message!r}')
    writer.write(message.encode())

    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')

    print('Close the connection')
    writer.close()
    await writer.wait_closed()

asyncio.run(tcp_echo_client('Hello World!', sys.argv[1]))
