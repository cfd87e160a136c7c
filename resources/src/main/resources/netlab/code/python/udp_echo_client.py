# udp_echo_client.py -- seed 001 #9 (client), as the tutorial gives it
# (indentation restored; new_event_loop(). The tutorial's client closes on the answer only; the
# preset's second client sends where nobody listens, and closes on error_received as well, so
# that it ends too: pass a port as the first argument to try it.)
import asyncio
import sys

class EchoClientProtocol:
    def __init__(self, message, loop):
        self.message = message
        self.loop = loop
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
        print("Close the socket")
        self.transport.close()

    def connection_lost(self, exc):
        print("Socket closed, stop the event loop")
        self.loop.stop()

loop = asyncio.new_event_loop()
message = "Hello World!"
port = int(sys.argv[1]) if len(sys.argv) > 1 else 9999
connect = loop.create_datagram_endpoint(
    lambda: EchoClientProtocol(message, loop),
    remote_addr=('127.0.0.1', port))
transport, protocol = loop.run_until_complete(connect)
loop.run_forever()
transport.close()
loop.close()
