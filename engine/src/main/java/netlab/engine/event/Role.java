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
    EXPERIMENT
}
