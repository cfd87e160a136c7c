# An HTTPS server for the HTTP header fetcher's tests: Python's http.server behind TLS with the
# certificate and key given, on 127.0.0.1 and a free port, which it prints first.
import http.server
import ssl
import sys

cert, key = sys.argv[1], sys.argv[2]
httpd = http.server.HTTPServer(('127.0.0.1', 0), http.server.SimpleHTTPRequestHandler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
print('port %d' % httpd.server_address[1], flush=True)
httpd.serve_forever()
