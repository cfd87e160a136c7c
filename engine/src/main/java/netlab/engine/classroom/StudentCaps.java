package netlab.engine.classroom;

/**
 * What one student's own clients (nc, telnet, their scripts) may take of the lab's servers during
 * a class: connections open at once, and bytes sent over the whole session, all servers together.
 *
 * @param connections open connections at most; one more is closed at once, saying why in its pane
 * @param bytes       bytes received from the student at most; the read past it closes its connection,
 *                    and no new one is let in
 */
public record StudentCaps(int connections, long bytes) {
    /** The most either cap may be set to. */
    public static final int MAX_CONNECTIONS = 10_000;
    public static final long MAX_BYTES = 1L << 40;

    /** Eight connections, 1 MiB: plenty for nc, telnet and a script's loop, not enough to swamp a lab. */
    public static final StudentCaps DEFAULTS = new StudentCaps(8, 1L << 20);

    public StudentCaps {
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections per student must be 1.." + MAX_CONNECTIONS + ", was " + connections);
        }
        if (bytes < 1 || bytes > MAX_BYTES) {
            throw new IllegalArgumentException("bytes per student must be 1.." + MAX_BYTES + ", was " + bytes);
        }
    }
}
