package netlab.engine.experiments;

import static netlab.engine.log.Print.print;
import netlab.engine.net.HostPort;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ValueError;
import netlab.engine.http.LabHttpServer;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.loop.Task;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.StreamReader;
import netlab.engine.stream.StreamWriter;
import netlab.engine.stream.Streams;
import netlab.engine.tls.TlsClientOptions;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Server;

/**
 * Seed 001 #12: fetch a URL's HTTP headers with a HEAD request written by hand over a raw stream
 * (http, or https over TLS), and print each header line as "HTTP header> ...".
 *
 * <pre>
 * import asyncio
 * import urllib.parse
 * import sys
 *
 * &#64;asyncio.coroutine
 * def print_http_headers(url):
 *     url = urllib.parse.urlsplit(url)
 *     if url.scheme == 'https':
 *         connect = asyncio.open_connection(url.hostname, 443, ssl=True)
 *     else:
 *         connect = asyncio.open_connection(url.hostname, 80)
 *     reader, writer = yield from connect
 *     query = ('HEAD {path} HTTP/1.0\r\n'
 *              'Host: {hostname}\r\n'
 *              '\r\n').format(path=url.path or '/', hostname=url.hostname)
 *     writer.write(query.encode('latin-1'))
 *     while True:
 *         line = yield from reader.readline()
 *         if not line:
 *             break
 *         line = line.decode('latin1').rstrip()
 *         if line:
 *             print('HTTP header> %s' % line)
 *
 *     # Ignore the body, close the socket
 *     writer.close()
 *
 * url = sys.argv[1]
 * loop = asyncio.get_event_loop()
 * task = asyncio.ensure_future(print_http_headers(url))
 * loop.run_until_complete(task)
 * loop.close()
 * </pre>
 *
 * Parameters: {@code url} (none: the lab starts its own small HTTP server on 127.0.0.1 and asks
 * it, so the experiment works offline); {@code insecure} (true: do not check the server's
 * certificate, like {@code curl -k}); {@code cafile} (a PEM certificate to trust, for a local TLS
 * server). Unlike the seed, a port in the URL is used (the lab's server is not on port 80).
 */
public final class HttpHeaders {
    private HttpHeaders() {
    }

    static void printHttpHeaders(ExperimentContext context, String urlText, TlsClientOptions tls) {
        URI url = urlsplit(urlText);
        LoopFuture<StreamPair> connect;
        if (url.getScheme().equals("https")) {
            connect = Streams.openConnection(context.loop(), options(context, url, 443).withTls(tls));
        } else {
            connect = Streams.openConnection(context.loop(), options(context, url, 80));
        }
        StreamPair rw = connect.await();
        StreamReader reader = rw.reader();
        StreamWriter writer = rw.writer();
        String query = ("HEAD %s HTTP/1.0\r\n"
                + "Host: %s\r\n"
                + "\r\n").formatted(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath(), url.getHost());
        writer.write(Bytes.latin1(query));
        while (true) {
            Bytes line = reader.readline().await();
            if (line.isEmpty()) {
                break;
            }
            String text = line.decode(StandardCharsets.ISO_8859_1).stripTrailing();
            if (!text.isEmpty()) {
                print("HTTP header> %s".formatted(text));
            }
        }

        // Ignore the body, close the socket
        writer.close();
    }

    /** {@code urllib.parse.urlsplit}, refusing what the seed cannot fetch. */
    static URI urlsplit(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ValueError("not a URL: " + text + " (" + e.getReason() + ")");
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new ValueError("the URL must start with http:// or https://, was " + text);
        }
        if (url.getHost() == null) {
            throw new ValueError("the URL has no host name: " + text);
        }
        return url;
    }

    private static ConnectOptions options(ExperimentContext context, URI url, int defaultPort) {
        return ConnectOptions.of(context.origin().endpoint(), "print_http_headers",
                new HostPort(url.getHost(), url.getPort() > 0 ? url.getPort() : defaultPort));
    }

    public static void run(ExperimentContext context) {
        ProgramLoop loop = context.getEventLoop();
        String url = context.param("url", "");
        String cafile = context.param("cafile", "");
        TlsClientOptions tls = context.boolParam("insecure", false) ? TlsClientOptions.insecure()
                : cafile.isBlank() ? TlsClientOptions.systemTrust() : TlsClientOptions.trustingPem(Path.of(cafile));
        Server local = null;
        if (url.isBlank()) {
            // no URL given: the lab's own server, so that the experiment works offline
            local = LabHttpServer.start(context.loop(), context.origin().endpoint(), HostPort.loopback(0)).await();
            url = "http://127.0.0.1:" + local.port() + "/";
        }
        String target = url;
        try {
            Task<Void> task = Asyncio.ensureFuture(() -> printHttpHeaders(context, target, tls));
            loop.runUntilComplete(task);
        } finally {
            if (local != null) {
                local.close();
            }
            loop.close();
        }
    }
}
