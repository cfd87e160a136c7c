package netlab.engine.lab;

import java.util.Arrays;
import java.util.Locale;

/** What an endpoint speaks: TCP, TCP with TLS, UDP datagrams, or a stream over a Unix domain socket. */
public enum TransportKind {
    TCP, TLS, UDP, UNIX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A byte stream (everything but UDP). */
    public boolean isStream() {
        return this != UDP;
    }

    public static TransportKind byId(String id) {
        for (TransportKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + id + "'; known: "
                + Arrays.stream(values()).map(TransportKind::id).toList());
    }
}
