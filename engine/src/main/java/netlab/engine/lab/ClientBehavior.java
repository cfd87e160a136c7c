package netlab.engine.lab;

import java.util.Arrays;

/** Which of the seeds' clients a lab client runs (over a stream; a UDP client is always seed 001 #9's). */
public enum ClientBehavior {
    /** Seed 000's echo_client: the parts as separate writes, half-close, read until EOF. */
    ECHO("echo"),
    /** Seed 001 #11 / 004's tcp_echo_client: one write, one read(100), close. */
    ONCE("once"),
    /** Seed 003's simple_echo_client: the parts as lines, then readline until the last one comes back. */
    LINES("lines"),
    /** Seed 001 #8's EchoClientProtocol: send on connection_made, print what comes back, stop on connection_lost. */
    PROTOCOL("protocol"),
    /** A telnet-style client: every byte of the message is its own write, a keystroke at a time. */
    KEYS("keys");

    private final String id;

    ClientBehavior(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ClientBehavior byId(String id) {
        for (ClientBehavior b : values()) {
            if (b.id.equalsIgnoreCase(id.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown client behaviour '" + id + "'; known: "
                + Arrays.stream(values()).map(ClientBehavior::id).toList());
    }
}
