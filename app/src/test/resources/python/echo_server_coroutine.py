# Seed 000 asyncio_echo_server_coroutine.py, taking the port from argv; serves until SIGTERM.
import asyncio, logging, sys
SERVER_ADDRESS = ('127.0.0.1', int(sys.argv[1]))
logging.basicConfig(level=logging.DEBUG, format='%(name)s: %(message)s', stream=sys.stderr)
log = logging.getLogger('main')
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
async def main():
    server = await asyncio.start_server(echo, *SERVER_ADDRESS)
    log.debug('starting up on {} port {}'.format(*SERVER_ADDRESS))
    async with server:
        await server.serve_forever()
asyncio.run(main())
