package netlab.engine.bench;

import netlab.engine.experiments.StreamEchoServer;
import netlab.engine.log.Logging;
import netlab.engine.net.SocketAddr;
import netlab.engine.stream.ClientConnected;

/** What a lab server does with each connection. */
public enum ServerBehavior {
    /** Seed 000: echo each read of at most read-size bytes until the client half-closes. */
    ECHO("echo", "Stream echo (seed 000): echo each read until EOF, then close");

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
    public String connectionLabel(SocketAddr peer) {
        return switch (this) {
            case ECHO -> StreamEchoServer.loggerName(peer);
        };
    }

    ClientConnected handler(Logging logging, ServerSpec spec) {
        return switch (this) {
            case ECHO -> StreamEchoServer.echo(logging, spec.readSize());
        };
    }

    /** The behaviour named {@code id} ({@code echo}), for the command line and presets. */
    public static ServerBehavior byId(String id) {
        for (ServerBehavior b : values()) {
            if (b.id.equalsIgnoreCase(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown server behaviour '" + id + "'; known: " + java.util.Arrays.stream(values())
                .map(ServerBehavior::id).toList());
    }
}
