import asyncio
import ssl
import urllib.parse
import sys

async def print_http_headers(url, context):
    url = urllib.parse.urlsplit(url)
    # the seed uses ports 80 and 443 only; the test servers listen elsewhere
    if url.scheme == 'https':
        connect = asyncio.open_connection(url.hostname, url.port or 443, ssl=context)
    else:
        connect = asyncio.open_connection(url.hostname, url.port or 80)
    reader, writer = await connect
    query = ('HEAD {path} HTTP/1.0\r\n'
             'Host: {hostname}\r\n'
             '\r\n').format(path=url.path or '/', hostname=url.hostname)
    writer.write(query.encode('latin-1'))
    while True:
        line = await reader.readline()
        if not line:
            break
        line = line.decode('latin1').rstrip()
        if line:
            print('HTTP header> %s' % line)

    # Ignore the body, close the socket
    writer.close()

url = sys.argv[1]
context = ssl.create_default_context(cafile=sys.argv[2] if len(sys.argv) > 2 else None)
loop = asyncio.new_event_loop()
task = loop.create_task(print_http_headers(url, context))
loop.run_until_complete(task)
loop.close()
