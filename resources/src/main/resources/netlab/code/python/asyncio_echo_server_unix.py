# asyncio_echo_server_unix.py -- seed 000's echo server over a Unix domain socket path
# (start_unix_server for start_server). A Unix connection has no peer address (peername is ''),
# so the connection's logger is echo_unix, as NetLab names it.
# Usage: python3 asyncio_echo_server_unix.py /tmp/echo.sock
import asyncio
import logging
import sys

SERVER_ADDRESS = sys.argv[1]
logging.basicConfig(
    level=logging.DEBUG,
    format='%(name)s: %(message)s',
    stream=sys.stderr,
)
log = logging.getLogger('main')

event_loop = asyncio.new_event_loop()


async def echo(reader, writer):
    log = logging.getLogger('echo_unix')
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

factory = asyncio.start_unix_server(echo, SERVER_ADDRESS)
server = event_loop.run_until_complete(factory)
log.debug('starting up on {}'.format(SERVER_ADDRESS))

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
