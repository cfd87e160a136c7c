# http_head.py -- seed 001 #12, as the tutorial gives it
# (indentation restored; async def / await for @asyncio.coroutine / yield from; new_event_loop();
# a port in the URL is used, so that it can ask the lab's own server: the seed always asks 80/443)
# Usage: python3 http_head.py http://example.com/path/page.html
#        python3 http_head.py https://example.com/path/page.html
import asyncio
import urllib.parse
import sys

async def print_http_headers(url):
    url = urllib.parse.urlsplit(url)
    if url.scheme == 'https':
        connect = asyncio.open_connection(url.hostname, url.port or 443, ssl=True)
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
loop = asyncio.new_event_loop()
task = asyncio.ensure_future(print_http_headers(url), loop=loop)
loop.run_until_complete(task)
loop.close()
