package netlab.engine.lab;

import netlab.engine.errors.Refusal;

/** Bounds on what a person may ask of an endpoint, each with the message that names it. */
public final class Limits {
    /** The largest read size: asyncio's reader buffers at most twice its 64 KiB limit anyway. */
    public static final int MAX_READ_SIZE = 16 * 1024 * 1024;
    public static final int MAX_PARTS = 100_000;
    public static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
    public static final long MAX_PAUSE_MILLIS = 60_000;
    /** A lab server's live connections by default: far beyond a class, far below the file limit. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    /** The most a person may allow one server (the process's file limit usually says no sooner). */
    public static final int MAX_CONNECTIONS = 1_000_000;
    public static final java.time.Duration MAX_CONNECT_TIMEOUT = java.time.Duration.ofMinutes(10);

    private Limits() {
    }

    public static int readSize(int n) {
        if (n < 1 || n > MAX_READ_SIZE) {
            throw Refusal.READ_SIZE.refuse(MAX_READ_SIZE, n);
        }
        return n;
    }

    public static int maxConnections(int n) {
        if (n < 1 || n > MAX_CONNECTIONS) {
            throw Refusal.MAX_CONNECTIONS.refuse(MAX_CONNECTIONS, n);
        }
        return n;
    }

    public static String host(String host) {
        if (host == null || host.isBlank()) {
            throw Refusal.HOST_EMPTY.refuse();
        }
        return host.strip();
    }
}
