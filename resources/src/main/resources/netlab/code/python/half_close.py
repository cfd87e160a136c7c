# half_close.py -- NetLab's half-close experiment in Python (seed 001 #8's protocols, and seed
# 000's write_eof): a client writes a question and half-closes; the server's eof_received answers
# a moment later, once returning True (the answer arrives) and once False (the transport closes
# itself and the late answer is dropped). Python's asyncio prints the same story.
import asyncio

QUESTION = b'How many bytes is this?'

class Server(asyncio.Protocol):
    def __init__(self, keep_open):
        self.keep_open = keep_open
        self.received = 0

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.received += len(data)
        print('server: data_received {!r}'.format(data))

    def eof_received(self):
        print('server: eof_received(): the client will send no more; returning {}'.format(self.keep_open))
        asyncio.get_running_loop().call_soon(self.answer)
        return self.keep_open

    def answer(self):
        answer = '{} bytes'.format(self.received).encode()
        if self.transport.is_closing():
            print('server: answer {!r} is too late: the transport is closing, nothing is sent'.format(answer))
        else:
            print('server: answer {!r} and close()'.format(answer))
            self.transport.write(answer)
            self.transport.close()

    def connection_lost(self, exc):
        print('server: connection_lost({})'.format(exc))

class Client(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost
        self.answered = False

    def connection_made(self, transport):
        print('client: write {!r} then write_eof()'.format(QUESTION))
        transport.write(QUESTION)
        transport.write_eof()

    def data_received(self, data):
        self.answered = True
        print('client: data_received {!r}'.format(data))

    def eof_received(self):
        print('client: eof_received()')
        return False

    def connection_lost(self, exc):
        print('client: connection_lost({}){}'.format(exc, '' if self.answered else ' without an answer'))
        self.lost.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    for keep_open in (True, False):
        print('main: eof_received returns {}'.format(
            'True (keep the connection open)' if keep_open else 'False (the default: the transport closes itself)'))
        server = await loop.create_server(lambda: Server(keep_open), '127.0.0.1', 0)
        port = server.sockets[0].getsockname()[1]
        lost = loop.create_future()
        await loop.create_connection(lambda: Client(lost), '127.0.0.1', port)
        await lost
        server.close()
        await server.wait_closed()

asyncio.run(main())
