package netlab.engine.lab;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.UnknownHostException;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.Dial;
import netlab.engine.experiments.Dials;
import netlab.engine.experiments.EchoOnce;
import netlab.engine.experiments.KeystrokeClient;
import netlab.engine.experiments.ProtocolEcho;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.experiments.StreamLines;
import netlab.engine.experiments.UdpEcho;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.DatagramOptions;
import netlab.engine.transport.UdpSockets;
import netlab.engine.transport.UnixConnectOptions;
import netlab.engine.errors.Refusal;

/** A lab client running one of the seeds' client programs as a task. */
public final class ClientEndpoint extends AbstractEndpoint {
    private final ClientSpec spec;
    private Task<Void> task;
    private volatile Throwable datagramError;

    ClientEndpoint(Lab lab, netlab.engine.loop.EventLoop on, String id, ClientSpec spec) {
        super(lab, on, id, Origin.endpoint(id, Role.CLIENT, label(spec)));
        this.spec = spec;
    }

    /** The seed's logger name of the client program the spec runs (its pane's name). */
    public static String label(ClientSpec spec) {
        if (spec.transport() == TransportKind.UDP) {
            return UdpEcho.CLIENT_LOGGER;
        }
        return switch (spec.behavior()) {
            case ECHO -> StreamEchoClient.LOGGER;
            case ONCE -> EchoOnce.CLIENT_LOGGER;
            case LINES -> StreamLines.CLIENT_LOGGER;
            case PROTOCOL -> ProtocolEcho.CLIENT_LOGGER;
            case KEYS -> KeystrokeClient.LOGGER;
        };
    }

    public ClientSpec spec() {
        return spec;
    }

    LoopFuture<ClientEndpoint> start() {
        announce();
        setState(EndpointState.RUNNING);
        task = loop.createTask(origin().label(), origin(), () -> {
            run();
            return null;
        });
        task.addDoneCallback(t -> {
            if (t.cancelled()) {
                setState(EndpointState.STOPPED);
            } else if (t.exception() != null) {
                lab.logging().getLogger(origin().label(), origin()).error("error", t.exception());
                setState(EndpointState.FAILED);
            } else {
                setState(EndpointState.FINISHED);
            }
        });
        LoopFuture<ClientEndpoint> started = loop.createFuture();
        started.setResult(this);
        return started;
    }

    private void run() throws Exception {
        if (spec.transport() == TransportKind.UDP) {
            runDatagramClient();
            return;
        }
        Dial dial = dial();
        switch (spec.behavior()) {
            case ECHO -> StreamEchoClient.echoClient(loop, lab.logging(), origin(), dial, spec.parts(), spec.pause(),
                    spec.halfClose(), spec.read());
            case ONCE -> EchoOnce.tcpEchoClient(lab.logging(), origin(), dial, spec.message());
            case LINES -> StreamLines.simpleEchoClient(lab.logging(), origin(), dial, spec.parts());
            case PROTOCOL -> ProtocolEcho.client(loop, lab.logging(), origin(), dial, spec.message());
            case KEYS -> KeystrokeClient.run(loop, lab.logging(), origin(), dial, spec.message(), spec.pause());
        }
    }

    private Dial dial() {
        return dial(loop, id(), origin().label(), spec);
    }

    /** Where a stream client with this spec connects (TCP, TLS or Unix), reporting under {@code endpoint}. */
    public static Dial dial(netlab.engine.loop.EventLoop loop, String endpoint, String label, ClientSpec spec) {
        if (spec.target() instanceof UnixPath path) {
            if (path.isUnnamed()) {
                throw Refusal.UNIX_CLIENT_PATH.refuse();
            }
            return Dials.unix(loop, UnixConnectOptions.of(endpoint, label, path).withTimeout(spec.connectTimeout()));
        }
        if (spec.transport() == TransportKind.UDP) {
            throw new IllegalArgumentException("a UDP client has no stream to dial");
        }
        ConnectOptions options = ConnectOptions.of(endpoint, label, spec.hostPort()).withTimeout(spec.connectTimeout())
                .withSource(spec.source());
        if (spec.transport() == TransportKind.TLS) {
            options = options.withTls(spec.trust().options());
        }
        return Dials.tcp(loop, options);
    }

    private void runDatagramClient() throws Exception {
        HostPort target = spec.hostPort();
        if (target.port() == 0) {
            target = target.withPort(closedUdpPort(target.host()));
        }
        UdpEcho.ClientProtocol protocol = UdpSockets.createDatagramEndpoint(loop,
                () -> new UdpEcho.ClientProtocol(loop, lab.logging(), origin(), spec.message()),
                new DatagramOptions(id(), origin().label(), spec.source(), java.util.Optional.of(target)).withMulticast(spec.multicast()).withBroadcast(spec.broadcast()), Role.CLIENT).await().protocol();
        try {
            protocol.lost().await();
        } finally {
            datagramError = protocol.error();
            protocol.close();
        }
    }

    /** A UDP port on {@code host} that nobody listens on: one just bound and let go. */
    private static int closedUdpPort(String host) throws SocketException, UnknownHostException {
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        }
    }

    @Override
    protected void stopOnLoop() {
        setState(EndpointState.STOPPING);
        if (task != null && !task.cancel("stopped by the user")) {
            setState(EndpointState.STOPPED);
        }
    }

    /**
     * What went wrong, once the client is done: the exception that failed its task, or the
     * error_received that ended a UDP client (a datagram refused or never sent; the client itself
     * ends normally, as the seed's does). Null when nothing did.
     */
    public Throwable failure() {
        Task<Void> t = task;
        if (t != null && t.done() && !t.cancelled() && t.exception() != null) {
            return t.exception();
        }
        return datagramError;
    }

    /** The client's task, for tests and the timeline. */
    Task<Void> task() {
        return task;
    }
}
