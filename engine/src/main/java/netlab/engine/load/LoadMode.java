package netlab.engine.load;

import netlab.engine.errors.Refusal;

/** How the load generator talks to the echo server. */
public enum LoadMode {
    /** Each connection sends one message and waits for all of it to come back before the next: latency per request. */
    PINGPONG,
    /** Each connection keeps a window of bytes in flight: throughput. */
    STREAM;

    public static LoadMode parse(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pingpong", "ping-pong" -> PINGPONG;
            case "stream" -> STREAM;
            default -> throw Refusal.LOAD_MODE.refuse(s);
        };
    }
}
