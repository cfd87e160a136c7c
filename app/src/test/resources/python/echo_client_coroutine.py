# Seed 000 asyncio_echo_client_coroutine.py, taking the port from argv (asyncio.run instead of get_event_loop).
import asyncio, logging, sys
MESSAGES = [b'This is the message. ', b'It will be sent ', b'in parts.']
SERVER_ADDRESS = ('localhost', int(sys.argv[1]))
logging.basicConfig(level=logging.DEBUG, format='%(name)s: %(message)s', stream=sys.stderr)
log = logging.getLogger('main')
async def echo_client(address, messages):
    log = logging.getLogger('echo_client')
    log.debug('connecting to {} port {}'.format(*address))
    reader, writer = await asyncio.open_connection(*address)
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
asyncio.run(echo_client(SERVER_ADDRESS, MESSAGES))
log.debug('closing event loop')
