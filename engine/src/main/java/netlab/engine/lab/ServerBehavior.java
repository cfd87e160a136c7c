package netlab.engine.lab;

import java.util.function.Supplier;

import netlab.engine.experiments.EchoOnce;
import netlab.engine.experiments.EchoProtocol;
import netlab.engine.experiments.PrefixEcho;
import netlab.engine.experiments.ProtocolEcho;
import netlab.engine.experiments.StreamEchoServer;
import netlab.engine.experiments.StreamLines;
import netlab.engine.experiments.UdpEcho;
import netlab.engine.log.Logging;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.stream.ClientConnected;
import netlab.engine.transport.Protocol;

/** What a lab server does with each connection: one of the seeds' servers. */
public enum ServerBehavior {
    /** Seed 000: echo each read of at most read-size bytes until the client half-closes. */
    ECHO("echo", "Stream echo (seed 000): echo each read until EOF, then close"),
    /** Seed 001 #11 / 004: read once (100 bytes), echo, close. */
    ONCE("once", "Echo once (seed 001 #11): read 100 bytes, echo them, close"),
    /** Seed 003's SimpleEchoProtocol: answer each receive with echo: + data; close the server when the connection is lost. */
    PREFIX("prefix", "Prefix echo (seed 003): answer each receive with 'echo:' + data"),
    /** Seed 003's stream server: echo each read of up to 8192 bytes. */
    LINES("lines", "Stream lines (seed 003): 'Connection received!', echo each 8192-byte read"),
    /** Seed 001 #8: a protocol that echoes the first data_received and closes. */
    PROTOCOL("protocol", "Protocol echo (seed 001 #8): echo the first data_received, then close the transport"),
    /** asyncio's EchoServerProtocol that keeps its connection: echo every data_received (for load runs). */
    ECHO_PROTOCOL("echo-protocol", "Protocol echo that keeps the connection: echo every data_received (for load runs)");

    private final String id;
    private final String description;

    ServerBehavior(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The pane and logger name of a connection from {@code peer}. */
    public String connectionLabel(Address peer) {
        return switch (this) {
            case ECHO -> StreamEchoServer.loggerName(peer);
            case ONCE -> EchoOnce.SERVER_LOGGER;
            case PREFIX -> PrefixEcho.LOGGER;
            case LINES -> StreamLines.SERVER_LOGGER;
            case PROTOCOL -> ProtocolEcho.SERVER_LOGGER;
            case ECHO_PROTOCOL -> EchoProtocol.LOGGER;
        };
    }

    /** The pane and logger name of a UDP server (it has one endpoint for every peer). */
    public static String datagramLabel() {
        return UdpEcho.SERVER_LOGGER;
    }

    /** True for the stream handlers ({@code start_server}); false for protocols ({@code create_server}). */
    boolean usesStreams() {
        return this == ECHO || this == ONCE || this == LINES;
    }

    ClientConnected handler(Logging logging, ServerSpec spec) {
        return switch (this) {
            case ECHO -> StreamEchoServer.echo(logging, spec.readSize());
            case ONCE -> EchoOnce.handleEcho(logging);
            case LINES -> StreamLines.handler(logging, spec.readSize() == ServerSpec.DEFAULT_READ_SIZE
                    ? StreamLines.READ_SIZE : spec.readSize());
            default -> throw new IllegalStateException(id + " is a protocol, not a stream handler");
        };
    }

    /** A protocol factory; {@code closeServer} is what the seed's {@code server.close()} does. */
    Supplier<Protocol> protocols(Logging logging, Runnable closeServer) {
        return switch (this) {
            case PREFIX -> () -> new PrefixEcho(logging, closeServer);
            case PROTOCOL -> () -> new ProtocolEcho.ServerProtocol(logging);
            case ECHO_PROTOCOL -> () -> new EchoProtocol(logging);
            default -> throw new IllegalStateException(id + " is a stream handler, not a protocol");
        };
    }

    /** The line the seed's main prints once the server listens. */
    String startupLine(ServerSpec spec, Address address) {
        if (this == ECHO) {
            return switch (address) {
                case UnixPath path -> "starting up on " + path.path();
                case HostPort hostPort -> "starting up on " + spec.hostPort().host() + " port " + hostPort.port();
            };
        }
        return "Serving on " + address.pyRepr();
    }

    /** The behaviour named {@code id} ({@code echo}), for the command line and presets. */
    public static ServerBehavior byId(String id) {
        for (ServerBehavior b : values()) {
            if (b.id.equalsIgnoreCase(id.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown server behaviour '" + id + "'; known: " + java.util.Arrays.stream(values())
                .map(ServerBehavior::id).toList());
    }
}
