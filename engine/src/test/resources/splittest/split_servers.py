"""Servers written for the split test, as an engineer would write them with asyncio streams.

    python3 split_servers.py MODE PORT

prints "listening on PORT" once it listens (PORT 0: a free one). The modes:

  readline  a correct line server: each line back in capitals (StreamReader.readline)
  read      the classic bug: each read() taken as one message, answered in capitals with a newline
  length    a 2-byte big-endian length-prefixed server whose header is one read(2), not readexactly(2)
  hang      waits for ever when a read does not end with a newline (it thinks more must come)
"""
import asyncio
import sys


async def readline_server(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()


async def read_server(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        writer.write(data.rstrip(b"\n").upper() + b"\n")
        await writer.drain()
    writer.close()


async def length_server(reader, writer):
    while True:
        header = await reader.read(2)
        if not header:
            break
        size = int.from_bytes(header, "big")
        body = await reader.readexactly(size) if size else b""
        writer.write(len(body).to_bytes(2, "big") + body.upper())
        await writer.drain()
    writer.close()


async def hang_server(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        if not data.endswith(b"\n"):
            await asyncio.Event().wait()
        writer.write(data.upper())
        await writer.drain()
    writer.close()


async def main(mode, port):
    handler = {"readline": readline_server, "read": read_server, "length": length_server, "hang": hang_server}[mode]
    server = await asyncio.start_server(handler, "127.0.0.1", port)
    print("listening on", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main(sys.argv[1], int(sys.argv[2])))
    except KeyboardInterrupt:
        pass
