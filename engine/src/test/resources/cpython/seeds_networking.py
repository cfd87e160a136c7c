"""The networking examples of seeds 001 (#8, #9, #11), 003 and 004, as the tutorials write them
(modern asyncio spelling), each runnable against a given port or Unix path, printing what the
seed prints. Usage: seeds_networking.py ROLE TARGET [CAFILE]"""
import asyncio
import ssl
import sys


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


async def tcp_echo_client(open_streams, message):
    reader, writer = await open_streams
    print('Send: %r' % message)
    writer.write(message.encode())
    data = await reader.read(100)
    print('Received: %r' % data.decode())
    print('Close the connection')
    writer.close()


LASTLINE = b'Last line.\n'


async def simple_echo_client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'First line.\n')
    writer.write(b'Second line.\n')
    writer.write(b'Third line.\n')
    writer.write(LASTLINE)
    print("Lines received")
    while True:
        line = await reader.readline()
        print(line)
        if line == LASTLINE or not line:
            break
    writer.close()


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        print('Data received: {!r}'.format(data.decode()))

    def connection_lost(self, exc):
        print('The server closed the connection')
        print('Stop the event loop')
        self.done.set_result(True)


class EchoServerClientProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from {}'.format(peername))
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        print('Send: {!r}'.format(message))
        self.transport.write(data)
        print('Close the client socket')
        self.transport.close()


class UdpClientProtocol:
    def __init__(self, message, done):
        self.message = message
        self.done = done
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        print('Send:', self.message)
        self.transport.sendto(self.message.encode())

    def datagram_received(self, data, addr):
        print("Received:", data.decode())
        print("Close the socket")
        self.transport.close()

    def error_received(self, exc):
        print('Error received:', exc)

    def connection_lost(self, exc):
        print("Socket closed, stop the event loop")
        self.done.set_result(True)


class UdpServerProtocol:
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r from %s' % (message, addr))
        print('Send %r to %s' % (message, addr))
        self.transport.sendto(data, addr)


async def main(role, target, extra):
    loop = asyncio.get_running_loop()
    if role == 'once-client':
        await tcp_echo_client(asyncio.open_connection('127.0.0.1', int(target)), 'Hello World!')
    elif role == 'unix-client':
        await tcp_echo_client(asyncio.open_unix_connection(target), 'Hello World!')
    elif role == 'tls-client':
        ctx = ssl.create_default_context(cafile=extra)
        await tcp_echo_client(asyncio.open_connection('127.0.0.1', int(target), ssl=ctx), 'Hello World!')
    elif role == 'lines-client':
        await simple_echo_client(int(target))
    elif role == 'protocol-client':
        done = loop.create_future()
        await loop.create_connection(lambda: EchoClientProtocol('Hello World!', done), '127.0.0.1', int(target))
        await done
    elif role == 'udp-client':
        done = loop.create_future()
        await loop.create_datagram_endpoint(lambda: UdpClientProtocol('Hello World!', done), remote_addr=('127.0.0.1', int(target)))
        await done
    elif role in ('once-server', 'unix-server', 'protocol-server', 'udp-server'):
        if role == 'once-server':
            server = await asyncio.start_server(handle_echo, '127.0.0.1', int(target))
        elif role == 'unix-server':
            server = await asyncio.start_unix_server(handle_echo, target)
        elif role == 'protocol-server':
            server = await loop.create_server(EchoServerClientProtocol, '127.0.0.1', int(target))
        else:
            print("Starting UDP server")
            transport, _ = await loop.create_datagram_endpoint(UdpServerProtocol, local_addr=('127.0.0.1', int(target)))
            print('Serving on {}'.format(transport.get_extra_info('sockname')))
            await asyncio.sleep(3600)
            return
        print('Serving on {}'.format(server.sockets[0].getsockname()))
        await asyncio.sleep(3600)


if __name__ == '__main__':
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
