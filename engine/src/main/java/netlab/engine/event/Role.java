package netlab.engine.event;

/** Which side an event comes from. */
public enum Role {
    /** The lab itself: its loop, its main logger. */
    LAB,
    /** A server, or a connection it accepted. */
    SERVER,
    /** A client and its connection. */
    CLIENT,
    /** An experiment of the seeds that is a program of its own (tasks, timers, a socket pair). */
    EXPERIMENT,
    /**
     * A relay between a client and a server, and its two legs per relayed connection: the one
     * its client connected to ({@code relay-1/3}) and the one it opened to the server
     * ({@code relay-1/3/up}); see {@code netlab.engine.relay.RelayLeg}.
     */
    RELAY
}
