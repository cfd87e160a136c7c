package netlab.engine.lab;

import java.nio.file.Path;

import netlab.engine.net.Hosts;
import netlab.engine.transport.Ports;
import netlab.engine.transport.UnixServerOptions;

/**
 * A lab server, as a form, a preset or the command line describes it.
 *
 * @param host      where to listen; 127.0.0.1 by default; all interfaces only when chosen
 * @param port      0 picks a free port
 * @param readSize  the most one {@code reader.read(n)} returns (echo behaviour)
 * @param behavior  what it does with each connection
 * @param transport TCP (default), TLS (a self-signed certificate made on the fly), UDP or UNIX
 * @param path      the socket path of a UNIX server; null lets the lab pick a fresh one
 * @param maxConnections live connections at most ({@link Limits#DEFAULT_MAX_CONNECTIONS} by
 *                  default); one more is reset at once and said in the server's pane
 */
public record ServerSpec(String host, int port, int readSize, ServerBehavior behavior, TransportKind transport, Path path,
                         int maxConnections) {
    public static final String DEFAULT_HOST = Hosts.LOOPBACK_V4;
    public static final int DEFAULT_PORT = 10000;
    public static final int DEFAULT_READ_SIZE = 128;

    public ServerSpec {
        host = Limits.host(host);
        Ports.check(port);
        Limits.readSize(readSize);
        behavior = behavior == null ? ServerBehavior.ECHO : behavior;
        transport = transport == null ? TransportKind.TCP : transport;
        if (transport == TransportKind.UDP && behavior != ServerBehavior.ECHO) {
            throw new IllegalArgumentException("a UDP server echoes datagrams (behaviour echo); '" + behavior.id()
                    + "' needs a stream (tcp, tls or unix)");
        }
        if (path != null && transport != TransportKind.UNIX) {
            throw new IllegalArgumentException("a socket path is for a unix server, not " + transport.id());
        }
        if (path != null) {
            UnixServerOptions.checkPath(path); // too long for sun_path is said now, not when it binds
        }
        Limits.maxConnections(maxConnections);
    }

    public ServerSpec(String host, int port, int readSize, ServerBehavior behavior, TransportKind transport, Path path) {
        this(host, port, readSize, behavior, transport, path, Limits.DEFAULT_MAX_CONNECTIONS);
    }

    public ServerSpec(String host, int port, int readSize, ServerBehavior behavior) {
        this(host, port, readSize, behavior, TransportKind.TCP, null);
    }

    public static ServerSpec defaults() {
        return new ServerSpec(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_READ_SIZE, ServerBehavior.ECHO);
    }

    public ServerSpec withPort(int port) {
        return new ServerSpec(host, port, readSize, behavior, transport, path, maxConnections);
    }

    public ServerSpec withTransport(TransportKind transport, Path path) {
        return new ServerSpec(host, port, readSize, behavior, transport, path, maxConnections);
    }

    public ServerSpec withMaxConnections(int maxConnections) {
        return new ServerSpec(host, port, readSize, behavior, transport, path, maxConnections);
    }

    /** True when the server listens beyond this machine: shown to the person, never chosen silently. */
    public boolean allInterfaces() {
        return transport != TransportKind.UNIX && Hosts.isAllInterfaces(host);
    }
}
