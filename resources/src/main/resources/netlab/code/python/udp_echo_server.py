# udp_echo_server.py -- seed 001 #9 (server), as the tutorial gives it
# (indentation restored; new_event_loop(); the address it got is printed, as NetLab's server does)
import asyncio

class EchoServerProtocol:
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r from %s' % (message, addr))
        print('Send %r to %s' % (message, addr))
        self.transport.sendto(data, addr)

loop = asyncio.new_event_loop()
print("Starting UDP server")
# One protocol instance will be created to serve all client requests
listen = loop.create_datagram_endpoint(
    EchoServerProtocol, local_addr=('127.0.0.1', 9999))
transport, protocol = loop.run_until_complete(listen)
print('Serving on {}'.format(transport.get_extra_info('sockname')))

try:
    loop.run_forever()
except KeyboardInterrupt:
    pass

transport.close()
loop.close()
