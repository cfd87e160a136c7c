# asyncio_echo_server_coroutine.py from seed 000, as the tutorial wrote it, with what a test needs:
# the port comes from argv (0 picks a free one, and the line "starting up" names the real port),
# it binds 127.0.0.1, SIGTERM stops it like Ctrl-C, and the seed's typos are fixed
# (%(messages)s, KeyboradInterrupt).
import asyncio
import logging
import signal
import sys

SERVER_ADDRESS = ('127.0.0.1', int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
logging.basicConfig(
    level=logging.DEBUG,
    format='%(name)s: %(message)s',
    stream=sys.stderr,
)
log = logging.getLogger('main')
event_loop = asyncio.new_event_loop()
asyncio.set_event_loop(event_loop)


async def echo(reader, writer):
    address = writer.get_extra_info('peername')
    log = logging.getLogger('echo_{}_{}'.format(*address))
    log.debug('connection accepted')
    while True:
        data = await reader.read(128)
        if data:
            log.debug('received {!r}'.format(data))
            writer.write(data)
            await writer.drain()
            log.debug('sent {!r}'.format(data))
        else:
            log.debug('closing')
            writer.close()
            return


factory = asyncio.start_server(echo, *SERVER_ADDRESS)
server = event_loop.run_until_complete(factory)
event_loop.add_signal_handler(signal.SIGTERM, event_loop.stop)
log.debug('starting up on {} port {}'.format(SERVER_ADDRESS[0], server.sockets[0].getsockname()[1]))

try:
    event_loop.run_forever()
except KeyboardInterrupt:
    pass
finally:
    log.debug('closing server')
    server.close()
    event_loop.run_until_complete(server.wait_closed())
    log.debug('closing event loop')
    event_loop.close()
