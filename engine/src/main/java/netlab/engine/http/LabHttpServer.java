package netlab.engine.http;

import java.nio.charset.StandardCharsets;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.CancelledError;
import netlab.engine.errors.PyException;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamReader;
import netlab.engine.stream.StreamWriter;
import netlab.engine.stream.Streams;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;

/**
 * The lab's own small HTTP/1.0 server, so that the HTTP header fetcher has something to ask on a
 * classroom machine without a network: it answers HEAD and GET of any path with a short page and
 * closes, as an HTTP/1.0 server does. A request must arrive within {@value #REQUEST_TIMEOUT} s and
 * have at most {@value #MAX_HEADER_LINES} header lines.
 */
public final class LabHttpServer {
    static final double REQUEST_TIMEOUT = 10;
    static final int MAX_HEADER_LINES = 100;
    public static final String SERVER = "NetLab/0.1 (the lab's own HTTP server)";
    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html><head><title>NetLab</title></head>
            <body><p>Hello from NetLab's own HTTP server.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private LabHttpServer() {
    }

    /** Listens on {@code address} (port 0 picks a free port); loop thread only. */
    public static LoopFuture<Server> start(EventLoop loop, String endpoint, HostPort address) {
        return Streams.startServer(loop, LabHttpServer::serve,
                ServerOptions.of(endpoint, address).withLabeler(LabHttpServer::label));
    }

    /** A connection's pane name: {@code http_127.0.0.1_53124}. */
    private static String label(Address peer) {
        return peer instanceof HostPort p ? "http_" + p.host() + "_" + p.port() : "http_" + peer;
    }

    static void serve(StreamReader reader, StreamWriter writer) {
        try {
            String request = line(reader);
            for (int i = 0; ; i++) {
                if (i == MAX_HEADER_LINES) {
                    respond(writer, "431 Request Header Fields Too Large", false, false);
                    return;
                }
                if (line(reader).isEmpty()) {
                    break;
                }
            }
            String[] parts = request.split(" ");
            if (parts.length != 3 || !parts[2].startsWith("HTTP/")) {
                respond(writer, "400 Bad Request", false, false);
            } else if (parts[0].equals("HEAD") || parts[0].equals("GET")) {
                respond(writer, "200 OK", parts[0].equals("GET"), true);
            } else {
                respond(writer, "501 Not Implemented", false, false);
            }
        } catch (CancelledError e) {
            throw e;
        } catch (PyException e) {
            // a client that sent nothing in time, or went away: nothing to answer
        } finally {
            writer.close();
        }
    }

    private static String line(StreamReader reader) {
        Bytes line = Asyncio.waitFor(reader.readline(), REQUEST_TIMEOUT);
        if (line.isEmpty()) {
            throw new PyException("ConnectionResetError", "the client closed before the request was complete");
        }
        return line.decode(StandardCharsets.ISO_8859_1).strip();
    }

    private static void respond(StreamWriter writer, String status, boolean body, boolean page) {
        byte[] content = page ? PAGE : new byte[0];
        String head = "HTTP/1.0 " + status + "\r\n"
                + "Server: " + SERVER + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "\r\n";
        writer.write(Bytes.latin1(head));
        if (body && content.length > 0) {
            writer.write(Bytes.wrap(content));
        }
    }
}
