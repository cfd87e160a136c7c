# unix_echo_server.py -- seed 004's echo server over a Unix domain socket: start_unix_server, the
# function the seed describes beside start_server (and seed 001 #11's wording, as NetLab prints
# it). Usage: python3 unix_echo_server.py /tmp/echo.sock
import asyncio
import sys

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')

    print(f"Received {message!r} from {addr!r}")

    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()

    print("Close the client socket")
    writer.close()

async def main(path):
    server = await asyncio.start_unix_server(handle_echo, path)

    print(f"Serving on {server.sockets[0].getsockname()!r}")

    async with server:
        await server.serve_forever()

asyncio.run(main(sys.argv[1]))
