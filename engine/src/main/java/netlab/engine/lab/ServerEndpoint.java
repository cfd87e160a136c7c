package netlab.engine.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.UdpEcho;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.rules.Responder;
import netlab.engine.rules.RulesDatagramProtocol;
import netlab.engine.rules.RulesProtocol;
import netlab.engine.net.UnixPath;
import netlab.engine.stream.Streams;
import netlab.engine.tls.LabCertificate;
import netlab.engine.tls.TlsServerOptions;
import netlab.engine.transport.DatagramOptions;
import netlab.engine.transport.DatagramProtocol;
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
public final class ServerEndpoint extends ListeningEndpoint<ServerEndpoint> {
    /** Linux's default net.core.somaxconn since 5.4; a larger backlog is cut to it anyway. */
    static final int MAX_BACKLOG = 4096;

    private final ServerSpec spec;
    private volatile Server server;
    private volatile DatagramTransport datagrams;
    private volatile Path certificateFile;

    ServerEndpoint(Lab lab, String id, ServerSpec spec) {
        super(lab, lab.loop(), id, Origin.endpoint(id, Role.SERVER, id), "main", "server");
        this.spec = spec;
    }

    public ServerSpec spec() {
        return spec;
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

    @Override
    protected Address requested() {
        return spec.address();
    }

    @Override
    protected LoopFuture<Address> listen() {
        return spec.transport() == TransportKind.UDP ? listenForDatagrams() : listenForStreams();
    }

    private LoopFuture<Address> listenForStreams() {
        ServerBehavior behavior = spec.behavior();
        Runnable closeServer = () -> {
            Server s = server;
            if (s != null) {
                s.close();
            }
        };
        boolean streams = behavior.usesStreams() && spec.rules().isEmpty();
        Supplier<Protocol> protocols = streams ? null : protocols(behavior, closeServer);
        Function<Address, String> labeler = spec.rules().isEmpty() ? behavior::connectionLabel : ServerEndpoint::rulesLabel;
        LoopFuture<Server> listening;
        if (spec.address() instanceof UnixPath path) {
            UnixServerOptions options = UnixServerOptions.of(id(), path.isUnnamed() ? freshSocketPath("netlab-unix", "echo.sock") : path)
                    .withLabeler(labeler).withMaxConnections(spec.maxConnections()).withBacklog(backlog());
            listening = streams
                    ? Streams.startUnixServer(loop, behavior.handler(lab.logging(), spec), options)
                    : UnixSockets.createUnixServer(loop, protocols, options);
        } else {
            ServerOptions options = ServerOptions.of(id(), spec.hostPort()).withLabeler(labeler)
                    .withMaxConnections(spec.maxConnections()).withBacklog(backlog()).withGuests(lab.guests());
            if (spec.transport() == TransportKind.TLS) {
                LabCertificate cert = LabCertificate.shared();
                options = options.withTls(TlsServerOptions.of(cert));
                certificateFile = writeCertificate(cert);
            }
            listening = streams
                    ? Streams.startServer(loop, behavior.handler(lab.logging(), spec), options)
                    : TcpSockets.createServer(loop, protocols, options);
        }
        LoopFuture<Address> bound = loop.createFuture();
        listening.addDoneCallback(f -> {
            if (f.exception() != null) {
                bound.setException(f.exception());
                return;
            }
            server = f.result();
            bound.setResult(server.sockets().get(0));
        });
        return bound;
    }

    /** The protocol each connection gets: the rules' when there are rules, else the behaviour's. */
    private Supplier<Protocol> protocols(ServerBehavior behavior, Runnable closeServer) {
        if (spec.rules().isEmpty()) {
            return behavior.protocols(lab.logging(), closeServer);
        }
        Responder responder = new Responder(spec.rules());
        return () -> new RulesProtocol(loop, lab.logging(), responder);
    }

    /** A rules connection's pane and logger name: {@code rules_HOST_PORT}. */
    static String rulesLabel(Address peer) {
        return switch (peer) {
            case HostPort p -> "rules_" + p.host() + "_" + p.port();
            case UnixPath p -> "rules_unix";
        };
    }

    private LoopFuture<Address> listenForDatagrams() {
        log.info("Starting UDP server");
        LoopFuture<Address> bound = loop.createFuture();
        Responder responder = spec.rules().isEmpty() ? null : new Responder(spec.rules());
        Supplier<DatagramProtocol> protocol = responder == null ? () -> new UdpEcho.ServerProtocol(lab.logging(), origin())
                : () -> new RulesDatagramProtocol(loop, lab.logging(), responder, origin());
        UdpSockets.createDatagramEndpoint(loop, protocol,
                DatagramOptions.local(id(), ServerBehavior.datagramLabel(), spec.hostPort()).withMulticast(spec.multicast()).withReuse(spec.reuse()), Role.SERVER)
                .addDoneCallback(f -> {
                    if (f.exception() != null) {
                        bound.setException(f.exception());
                        return;
                    }
                    datagrams = f.result().transport();
                    bound.setResult(datagrams.sockname());
                });
        return bound;
    }

    @Override
    protected void listening(Address address) {
        if (datagrams != null) {
            log.info("Serving on " + address.pyRepr());
            sayRules();
            return;
        }
        log.info(spec.behavior().startupLine(spec, address));
        sayRules();
        if (certificateFile != null) {
            log.info(netlab.engine.event.LabSentences.TLS_CERTIFICATE.say(LabCertificate.fingerprint(LabCertificate.shared().certificate()),
                    certificateFile));
        }
        // a server that closes itself (seed 003's SimpleEchoProtocol) has run to its end
        server.waitClosed().addDoneCallback(c -> setState(stopRequested() ? EndpointState.STOPPED : EndpointState.FINISHED));
    }

    private void sayRules() {
        int n = spec.rules().rules().size();
        if (n > 0) {
            log.info(datagrams != null ? (n == 1 ? netlab.engine.event.LabSentences.ONE_RULE_DATAGRAMS.say()
                    : netlab.engine.event.LabSentences.RULES_DATAGRAMS.say(n))
                    : n == 1 ? netlab.engine.event.LabSentences.ONE_RULE.say(spec.rules().framing().id())
                    : netlab.engine.event.LabSentences.RULES.say(n, spec.rules().framing().id()));
        }
    }

    @Override
    protected LoopFuture<Void> closeListening() {
        DatagramTransport d = datagrams;
        if (d != null) {
            d.close();
            return closedAtOnce();
        }
        server.close();
        server.closeClients();
        return server.waitClosed();
    }

    @Override
    protected void closing() {
        log.debug("closing server");
    }

    @Override
    protected void abortListening() {
        Server s = server;
        if (s != null) {
            s.abortClients();
        }
    }

    /**
     * The listen backlog: as many as the server may hold connections, up to {@value #MAX_BACKLOG}
     * (Linux caps it at net.core.somaxconn), and never fewer than asyncio's default of
     * {@value ServerOptions#DEFAULT_BACKLOG}. A burst of connects beyond the backlog makes Linux
     * drop SYNs (the clients wait seconds to retry) or answer with SYN cookies, and with those a
     * connection whose first segment is dropped loses its first bytes without a word: the load
     * test found it with 300 clients connecting at once (docs/reliability.md).
     */
    private int backlog() {
        return Math.max(ServerOptions.DEFAULT_BACKLOG, Math.min(spec.maxConnections(), MAX_BACKLOG));
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
}
