package netlab.engine.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the lab refuses a value it was given: one English template per reason, with numbered parts
 * ({@code {0}}), thrown as a {@link RefusedValue}. A window says it from its own bundle under
 * {@code refused.} + the constant's name in lower case, with the same parts.
 */
public enum Refusal {
    PORT("port must be 0..65535 (0 picks a free one), was {0}"),
    CONNECT_PORT("port must be 1..65535, was {0}"),
    HOST_PORT("port must be 0..65535, was {0}"),
    HOST_EMPTY("host must not be empty (127.0.0.1 is this machine)"),
    READ_SIZE("read size must be 1..{0} bytes, was {1}"),
    MAX_CONNECTIONS("max connections must be 1..{0}, was {1}"),
    UNIX_PATH_EMPTY("a Unix socket needs a path, e.g. /tmp/echo.sock"),
    UNIX_PATH_LONG("AF_UNIX path too long: {0} bytes, at most {1} ({2})"),
    UDP_SERVER_ECHOES("a UDP server echoes datagrams (behaviour echo); '{0}' needs a stream (tcp, tls or unix)"),
    REUSE_FOR_UDP("reuse-address and reuse-port are for a UDP server; a {0} server has SO_REUSEADDR already, as asyncio's"),
    MULTICAST_SERVER_UDP("only a UDP server can join a multicast group, not {0}"),
    MULTICAST_LISTEN("a server that joins {0} listens on the group's address (or 0.0.0.0), not {1}: "
            + "the kernel gives a socket bound to a unicast address no group's datagrams"),
    UNIX_LISTENS_ON_PATH("a unix endpoint listens on a socket path, not {0}"),
    PATH_FOR_UNIX_ENDPOINT("a socket path is for a unix endpoint, not {0}"),
    CLIENT_JOINS("a client sends to a group; only a server joins one"),
    MULTICAST_CLIENT_UDP("multicast settings are for a UDP client, not {0}"),
    UNIX_NO_SOURCE("a unix client has no source address"),
    BROADCAST_UDP("broadcast is for a UDP client, not {0}"),
    MAX_PARTS("at most {0} parts, was {1}"),
    MAX_MESSAGE("the message may be at most {0} bytes, was {1}"),
    PAUSE("pause must be 0..{0} ms, was {1}"),
    CONNECT_TIMEOUT("connect timeout must be 1 ms..{0} s, was {1} ms"),
    UNIX_CONNECTS_TO_PATH("a unix client connects to a socket path, not {0}"),
    PATH_FOR_UNIX_CLIENT("a socket path is for a unix client, not {0}"),
    SOURCE_IP("the source must be an IP address, such as 127.0.0.2, not '{0}'"),
    UNIX_CLIENT_PATH("a unix client needs the server's socket path"),
    RELAY_NO_TLS("a relay forwards TCP, Unix or UDP; over TLS it would have to decrypt the bytes to re-split them"),
    UDP_RELAY_TARGET("a UDP relay forwards to a host and port, not a socket path"),
    UDP_RELAY_NO_SPLIT("UDP keeps each datagram whole: a UDP relay can delay, drop and reorder datagrams, not split them"),
    DELAY("delay must be 0..{0} ms, was {1}"),
    RATE("rate must be 1..{0} bytes/s (0: no limit), was {1}"),
    HOLD("hold must be 1..{0} ms, was {1}"),
    CHANCES("drop and reorder are chances from 0 to 1, were {0} and {1}"),
    DROP_FOR_UDP("drop and reorder are for a UDP relay: a TCP stream never loses or reorders bytes (that is its point)"),
    RELAY_TARGET("say where the relay forwards to: a host and port, or a socket path"),
    SPLIT_MISSING("split mode missing"),
    SPLIT_MISSING_ONE_OF("split mode missing; one of {0}"),
    SPLIT_UNKNOWN("unknown split mode '{0}'; one of {1}"),
    SPLIT_NO_CHUNK_SIZE("{0} takes no chunk size"),
    SPLIT_NO_ARGUMENT("{0} takes no argument"),
    SPLIT_BYTE("byte splits into chunks of 1"),
    SPLIT_CHUNKS("chunk sizes must be 1..{0} with the smallest first, was {1}"),
    SPLIT_FIXED_ONE_SIZE("fixed chunks have one size"),
    SPLIT_WINDOW("the coalescing window must be 1..{0} ms, was {1}"),
    SPLIT_ONLY_COALESCE("only coalesce has a window"),
    SPLIT_RANDOM("random takes MIN-MAX, e.g. random:1-8"),
    WRITE_AS("write it as {0}"),
    NOT_WHOLE("'{0}' is not a whole number ({1})"),
    SPLIT_OPTION("--split {0}: {1}"),
    LOAD_CONNECTIONS("connections must be 1..{0}, was {1}"),
    LOAD_SIZE("size must be 1..{0} bytes, was {1}"),
    LOAD_DURATION("duration must be more than 0 and at most 1 hour, was {0}"),
    LOAD_WARMUP("warm-up must be 0 to 1 hour, was {0}"),
    LOAD_THREADS("threads must be 1..64, was {0}"),
    LOAD_TARGET("say which echo server to load: a host and port"),
    LOAD_MODE("mode must be pingpong or stream, was '{0}'");

    private static final Pattern PART = Pattern.compile("\\{(\\d)}");
    private final String template;

    Refusal(String template) {
        this.template = template;
    }

    /** The English template, {@code {0}} for each part. */
    public String template() {
        return template;
    }

    /** The exception to throw, its message the template with {@code parts} in it. */
    public RefusedValue refuse(Object... parts) {
        return because(null, parts);
    }

    /** As {@link #refuse}, for a refusal that explains {@code cause} (its message one of the parts). */
    public RefusedValue because(Throwable cause, Object... parts) {
        List<String> texts = new ArrayList<>(parts.length);
        for (Object part : parts) {
            texts.add(String.valueOf(part));
        }
        return new RefusedValue(this, texts, cause);
    }

    String say(List<String> parts) {
        StringBuilder out = new StringBuilder();
        Matcher m = PART.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start()).append(parts.get(Integer.parseInt(m.group(1))));
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }
}
