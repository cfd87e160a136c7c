package netlab.engine.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.UdpEcho;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketAddr;
import netlab.engine.stream.Streams;
import netlab.engine.tls.LabCertificate;
import netlab.engine.tls.TlsServerOptions;
import netlab.engine.transport.DatagramOptions;
import netlab.engine.transport.DatagramTransport;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.UdpSockets;
import netlab.engine.transport.UnixServerOptions;
import netlab.engine.transport.UnixSockets;

/**
 * A lab server: one of the seeds' servers (its behaviour) over TCP, TLS, a Unix socket or UDP,
 * logging as the seed's {@code main} does ("starting up on ...", "Serving on ...", "closing server").
 */
public final class ServerEndpoint extends AbstractEndpoint {
    /** How long a stop waits for connections to flush and close before it aborts them. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final ServerSpec spec;
    private final Logger main;
    private volatile Server server;
    private volatile DatagramTransport datagrams;
    private volatile SocketAddr address;
    private volatile Path certificateFile;
    private boolean stopRequested;

    ServerEndpoint(Lab lab, String id, ServerSpec spec) {
        super(lab, id, Origin.endpoint(id, Role.SERVER, id));
        this.spec = spec;
        this.main = lab.logging().getLogger("main", origin());
    }

    public ServerSpec spec() {
        return spec;
    }

    /**
     * The first address listened on, once running (its port is the real one when the spec asked
     * for 0); for a Unix server, its socket path ({@link SocketAddr#isUnix()}).
     */
    public SocketAddr address() {
        return address;
    }

    /** The socket path of a Unix server once it listens, else null. */
    public Path path() {
        SocketAddr a = address;
        return a != null && a.isUnix() ? Path.of(a.host()) : null;
    }

    /** Where a TLS server wrote its certificate (PEM), for clients elsewhere to trust; else null. */
    public Path certificateFile() {
        return certificateFile;
    }

    /** Live connections; 0 before the server runs (and always for UDP, which has none). */
    public int connectionCount() {
        Server s = server;
        return s == null ? 0 : s.connections().size();
    }

    /** Connections reset at once because the server had {@link ServerSpec#maxConnections()} open. */
    public long refusedConnections() {
        Server s = server;
        return s == null ? 0 : s.connections().refused();
    }

    LoopFuture<ServerEndpoint> start() {
        announce();
        LoopFuture<ServerEndpoint> started = loop.createFuture();
        if (spec.allInterfaces()) {
            main.warning("listening on ALL interfaces (" + spec.host() + "): other machines can connect");
        }
        loop.withOrigin(origin(), () -> {
            try {
                if (spec.transport() == TransportKind.UDP) {
                    startDatagrams(started);
                } else {
                    startStreams(started);
                }
            } catch (RuntimeException e) {
                failed(started, e);
            }
        });
        return started;
    }

    private void startStreams(LoopFuture<ServerEndpoint> started) {
        ServerBehavior behavior = spec.behavior();
        Runnable closeServer = () -> {
            Server s = server;
            if (s != null) {
                s.close();
            }
        };
        Supplier<Protocol> protocols = behavior.usesStreams() ? null : behavior.protocols(lab.logging(), closeServer);
        LoopFuture<Server> listening;
        if (spec.transport() == TransportKind.UNIX) {
            UnixServerOptions options = UnixServerOptions.of(id(), spec.path() != null ? spec.path() : freshSocketPath())
                    .withLabeler(behavior::connectionLabel).withMaxConnections(spec.maxConnections()).withBacklog(backlog());
            listening = behavior.usesStreams()
                    ? Streams.startUnixServer(loop, behavior.handler(lab.logging(), spec), options)
                    : UnixSockets.createUnixServer(loop, protocols, options);
        } else {
            ServerOptions options = ServerOptions.of(id(), spec.host(), spec.port()).withLabeler(behavior::connectionLabel)
                    .withMaxConnections(spec.maxConnections()).withBacklog(backlog());
            if (spec.transport() == TransportKind.TLS) {
                LabCertificate cert = LabCertificate.shared();
                options = options.withTls(TlsServerOptions.of(cert));
                certificateFile = writeCertificate(cert);
            }
            listening = behavior.usesStreams()
                    ? Streams.startServer(loop, behavior.handler(lab.logging(), spec), options)
                    : TcpSockets.createServer(loop, protocols, options);
        }
        listening.addDoneCallback(f -> {
            if (f.exception() != null) {
                failed(started, f.exception());
                return;
            }
            server = f.result();
            address = server.sockets().get(0);
            if (stopRequested) {
                // stopped while it was resolving or binding: it never serves
                server.waitClosed().addDoneCallback(c -> setState(EndpointState.STOPPED));
                server.close();
                started.cancel("stopped before it was listening");
                return;
            }
            main.info(behavior.startupLine(spec, address));
            if (certificateFile != null) {
                main.info("TLS with a self-signed certificate, SHA-256 " + LabCertificate.fingerprint(LabCertificate.shared().certificate())
                        + "; clients elsewhere can trust " + certificateFile);
            }
            setState(EndpointState.RUNNING);
            // a server that closes itself (seed 003's SimpleEchoProtocol) has run to its end
            server.waitClosed().addDoneCallback(c -> setState(stopRequested ? EndpointState.STOPPED : EndpointState.FINISHED));
            started.setResult(this);
        });
    }

    private void startDatagrams(LoopFuture<ServerEndpoint> started) {
        main.info("Starting UDP server");
        UdpSockets.createDatagramEndpoint(loop, () -> new UdpEcho.ServerProtocol(lab.logging(), origin()),
                DatagramOptions.local(id(), ServerBehavior.datagramLabel(), spec.host(), spec.port()), Role.SERVER)
                .addDoneCallback(f -> {
                    if (f.exception() != null) {
                        failed(started, f.exception());
                        return;
                    }
                    datagrams = f.result().transport();
                    address = datagrams.sockname();
                    if (stopRequested) {
                        datagrams.close();
                        setState(EndpointState.STOPPED);
                        started.cancel("stopped before it was listening");
                        return;
                    }
                    main.info("Serving on " + address.toPyTuple());
                    setState(EndpointState.RUNNING);
                    started.setResult(this);
                });
    }

    private void failed(LoopFuture<ServerEndpoint> started, Throwable error) {
        String where = spec.transport() == TransportKind.UNIX
                ? (spec.path() == null ? "a Unix socket" : spec.path().toString())
                : spec.host() + " port " + spec.port();
        main.error("cannot start the server on " + where, error);
        setState(EndpointState.FAILED);
        started.setException(error);
    }

    /**
     * The listen backlog: as many as the server may hold connections (Linux caps it at
     * net.core.somaxconn), where asyncio's default is 100. A burst of connects beyond the backlog
     * makes Linux drop SYNs (the clients wait seconds to retry) or answer with SYN cookies, and
     * with those a connection whose first segment is dropped loses its first bytes without a word:
     * the load test found it with 300 clients connecting at once (docs/reliability.md).
     */
    private int backlog() {
        return Math.max(ServerOptions.DEFAULT_BACKLOG, Math.min(spec.maxConnections(), MAX_BACKLOG));
    }

    /** Linux's default net.core.somaxconn since 5.4; a larger backlog is cut to it anyway. */
    static final int MAX_BACKLOG = 4096;

    /** A new socket path in a private temporary directory (short, so it fits sun_path). */
    private static Path freshSocketPath() {
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "netlab-unix");
            dir.toFile().deleteOnExit();
            return dir.resolve("echo.sock");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for the socket: " + e.getMessage(), e);
        }
    }

    private static Path writeCertificate(LabCertificate cert) {
        try {
            Path dir = Files.createTempDirectory("netlab-tls");
            dir.toFile().deleteOnExit();
            Path file = cert.writeCertificate(dir.resolve("cert.pem"));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            return null; // clients of this lab trust the certificate without the file
        }
    }

    @Override
    protected void stopOnLoop() {
        stopRequested = true;
        setState(EndpointState.STOPPING);
        main.debug("closing server");
        DatagramTransport d = datagrams;
        if (d != null) {
            d.close();
            setState(EndpointState.STOPPED);
            return;
        }
        Server s = server;
        if (s == null) {
            return; // still starting: start() closes it as soon as it is bound
        }
        s.close();
        s.closeClients();
        loop.callLater(CLOSE_GRACE, s::abortClients);
    }
}
