# asyncio_echo_client_unix.py -- seed 000's echo client over a Unix domain socket path
# (open_unix_connection for open_connection): three writes, write_eof(), the echo read until EOF.
# Usage: python3 asyncio_echo_client_unix.py /tmp/echo.sock
import asyncio
import logging
import sys

MESSAGES = [
    b'This is the message. ',
    b'It will be sent ',
    b'in parts.',
]
SERVER_ADDRESS = sys.argv[1]

logging.basicConfig(
    level=logging.DEBUG,
    format='%(name)s: %(message)s',
    stream=sys.stderr,
)
log = logging.getLogger('main')

event_loop = asyncio.new_event_loop()


async def echo_client(address, messages):
    log = logging.getLogger('echo_client')

    log.debug('connecting to {}'.format(address))
    reader, writer = await asyncio.open_unix_connection(address)

    for msg in messages:
        writer.write(msg)
        log.debug('sending {!r}'.format(msg))
    if writer.can_write_eof():
        writer.write_eof()
    await writer.drain()

    log.debug('waiting for response')
    while True:
        data = await reader.read(128)
        if data:
            log.debug('received {!r}'.format(data))
        else:
            log.debug('closing')
            writer.close()
            return


try:
    event_loop.run_until_complete(
        echo_client(SERVER_ADDRESS, MESSAGES)
    )
finally:
    log.debug('closing event loop')
    event_loop.close()
