package netlab.engine.classroom.server;

import java.time.Duration;

import netlab.engine.classroom.StudentCaps;

/**
 * Where the class server listens and the caps it keeps each student under; built by name from
 * {@link #defaults()} ({@code ClassServerOptions.defaults().withHost("0.0.0.0").withPort(8080)}).
 *
 * @param host               the interface: loopback unless the teacher picks another
 * @param port               0 picks a free one
 * @param maxMessageBytes    a student's message over this is refused with a message (the connection stays)
 * @param maxFrameBytes      a WebSocket frame over this closes that connection (1009, message too big)
 * @param messagesPerSecond  a student's steady rate; beyond it messages are dropped with a message
 * @param burst              messages a student may send at once before the rate applies
 * @param floodClose         messages dropped in a row after which the connection is closed (1008)
 * @param maxConnections     open connections (pages, sockets) at most, all students together
 * @param wrongCodesPerMinute wrong codes one address may try in a minute before it must wait
 * @param idleTimeout        a connection silent this long is closed (a phone that went away); pages ping
 * @param studentCaps        what each student's own clients may take of the lab's servers (connections, bytes)
 */
public record ClassServerOptions(String host, int port, int maxMessageBytes, int maxFrameBytes, int messagesPerSecond,
                                 int burst, int floodClose, int maxConnections, int wrongCodesPerMinute,
                                 Duration idleTimeout, StudentCaps studentCaps) {
    public static final String LOOPBACK = "127.0.0.1";

    public ClassServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: missing");
        }
        check("port", port, 0, 65535);
        check("maxMessageBytes", maxMessageBytes, 64, 1 << 20);
        check("maxFrameBytes", maxFrameBytes, maxMessageBytes, 1 << 24);
        check("messagesPerSecond", messagesPerSecond, 1, 10_000);
        check("burst", burst, 1, 100_000);
        check("floodClose", floodClose, 1, 1_000_000);
        check("maxConnections", maxConnections, 1, 100_000);
        check("wrongCodesPerMinute", wrongCodesPerMinute, 1, 100_000);
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        java.util.Objects.requireNonNull(studentCaps, "studentCaps");
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    /** Loopback, a free port, 1 KiB messages, 16 KiB frames, 5 messages a second (10 at once), 400 connections. */
    public static ClassServerOptions defaults() {
        return new ClassServerOptions(LOOPBACK, 0, 1024, 16 * 1024, 5, 10, 200, 400, 10, Duration.ofSeconds(60), StudentCaps.DEFAULTS);
    }

    public ClassServerOptions withHost(String h) {
        return new ClassServerOptions(h, port, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                wrongCodesPerMinute, idleTimeout, studentCaps);
    }

    public ClassServerOptions withPort(int p) {
        return new ClassServerOptions(host, p, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                wrongCodesPerMinute, idleTimeout, studentCaps);
    }

    public ClassServerOptions withRate(int perSecond, int atOnce, int closeAfterDropped) {
        return new ClassServerOptions(host, port, maxMessageBytes, maxFrameBytes, perSecond, atOnce, closeAfterDropped, maxConnections,
                wrongCodesPerMinute, idleTimeout, studentCaps);
    }

    public ClassServerOptions withSizes(int messageBytes, int frameBytes) {
        return new ClassServerOptions(host, port, messageBytes, frameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                wrongCodesPerMinute, idleTimeout, studentCaps);
    }

    public ClassServerOptions withMaxConnections(int n) {
        return new ClassServerOptions(host, port, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, n,
                wrongCodesPerMinute, idleTimeout, studentCaps);
    }

    public ClassServerOptions withWrongCodesPerMinute(int n) {
        return new ClassServerOptions(host, port, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                n, idleTimeout, studentCaps);
    }

    public ClassServerOptions withIdleTimeout(Duration d) {
        return new ClassServerOptions(host, port, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                wrongCodesPerMinute, d, studentCaps);
    }

    public ClassServerOptions withStudentCaps(StudentCaps caps) {
        return new ClassServerOptions(host, port, maxMessageBytes, maxFrameBytes, messagesPerSecond, burst, floodClose, maxConnections,
                wrongCodesPerMinute, idleTimeout, caps);
    }
}
