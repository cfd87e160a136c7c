"""Echo servers for the comparison harness: asyncio (or uvloop) with streams or with a Protocol.

    python3 echo_server.py --port PORT [--style streams|protocol] [--loop asyncio|uvloop]

Prints 'listening PORT' once it listens; runs until SIGTERM/SIGINT. Streams read 64 KiB at a
time, as NetLab's stream-echo does with a large read size; the protocol echoes every
data_received. Loopback only.
"""
import argparse
import asyncio
import signal


async def echo_stream(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


class EchoProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def main(args):
    loop = asyncio.get_running_loop()
    if args.style == "streams":
        server = await asyncio.start_server(echo_stream, "127.0.0.1", args.port, backlog=4096)
    else:
        server = await loop.create_server(EchoProtocol, "127.0.0.1", args.port, backlog=4096)
    stop = loop.create_future()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set_result, None)
    print("listening", server.sockets[0].getsockname()[1], flush=True)
    await stop
    server.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--style", choices=["streams", "protocol"], default="streams")
    p.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    a = p.parse_args()
    if a.loop == "uvloop":
        import uvloop
        uvloop.install()
    asyncio.run(main(a))
