"""TLS peers that end with close_notify, for NetLab's TLS client and server (Python's ssl module).

server CERT KEY: listens on 127.0.0.1 (prints 'port N'), answers one client with a line, then
  sends close_notify (SSLSocket.unwrap) and waits for the client's; prints whether it came.
client PORT CAFILE: sends a message, reads its echo, then sends close_notify and waits for the
  server's answer; prints how long it took.
"""
import socket
import ssl
import sys
import time

if sys.argv[1] == 'server':
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    listener = socket.create_server(('127.0.0.1', 0))
    print('port', listener.getsockname()[1], flush=True)
    raw, _ = listener.accept()
    raw.settimeout(20)
    tls = ctx.wrap_socket(raw, server_side=True)
    tls.recv(1000)
    tls.sendall(b'the whole answer\n')
    started = time.monotonic()
    tls.unwrap()  # our close_notify, then the client's: raises if TCP closes without it
    print('the client answered close_notify in %.2f s' % (time.monotonic() - started), flush=True)
    raw.close()
else:
    ctx = ssl.create_default_context(cafile=sys.argv[3])
    raw = socket.create_connection(('127.0.0.1', int(sys.argv[2])), timeout=20)
    tls = ctx.wrap_socket(raw, server_hostname='127.0.0.1')
    tls.sendall(b'hello over TLS')
    got = b''
    while len(got) < 14:
        got += tls.recv(100)
    print('echo', got.decode(), flush=True)
    started = time.monotonic()
    tls.unwrap()  # our close_notify, then the server's: raises if TCP closes without it
    print('the server answered close_notify in %.2f s' % (time.monotonic() - started), flush=True)
