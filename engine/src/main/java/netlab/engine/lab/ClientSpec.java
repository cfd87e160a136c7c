package netlab.engine.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.stream.ReadMode;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.UnixServerOptions;
import netlab.engine.transport.Ports;

/**
 * A lab client. By default seed 000's: connect, send {@code parts} as separate writes with
 * {@code pause} between them, half-close if asked, then read the reply as {@code read} says
 * (chunks of {@code readSize} until EOF) — over TCP, TLS, UDP or a Unix socket.
 *
 * @param behavior  which seed client runs (ignored over UDP, where it is seed 001 #9's)
 * @param read      how the echo client reads; chunks of {@code readSize} when null
 * @param transport what it speaks; over UDP, port 0 means "a port nobody listens on", to show error_received
 * @param path      the socket path of a UNIX client (a preset's client takes its server's)
 * @param trust     whom a TLS client trusts (the lab's own certificate by default)
 * @param connectTimeout how long connecting may take before TimeoutError (10 s by default)
 */
public record ClientSpec(String host, int port, List<Bytes> parts, Duration pause, boolean halfClose, int readSize,
                         ClientBehavior behavior, ReadMode read, TransportKind transport, Path path, TlsTrust trust,
                         Duration connectTimeout) {

    public ClientSpec {
        transport = transport == null ? TransportKind.TCP : transport;
        if (transport == TransportKind.UNIX) {
            host = host == null || host.isBlank() ? "localhost" : host.strip();
            port = Math.max(port, 1); // unused
            if (path != null) {
                UnixServerOptions.checkPath(path);
            }
        } else {
            host = Limits.host(host);
            if (!(transport == TransportKind.UDP && port == 0)) {
                Ports.checkConnect(port);
            }
        }
        parts = List.copyOf(parts);
        if (parts.size() > Limits.MAX_PARTS) {
            throw new IllegalArgumentException("at most " + Limits.MAX_PARTS + " parts, was " + parts.size());
        }
        long total = 0;
        for (Bytes part : parts) {
            total += part.size();
        }
        if (total > Limits.MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("the message may be at most " + Limits.MAX_MESSAGE_BYTES + " bytes, was " + total);
        }
        pause = pause == null ? Duration.ZERO : pause;
        if (pause.isNegative() || pause.toMillis() > Limits.MAX_PAUSE_MILLIS) {
            throw new IllegalArgumentException("pause must be 0.." + Limits.MAX_PAUSE_MILLIS + " ms, was " + pause.toMillis());
        }
        Limits.readSize(readSize);
        behavior = behavior == null ? ClientBehavior.ECHO : behavior;
        read = read == null ? ReadMode.chunk(readSize) : read;
        trust = trust == null ? TlsTrust.LAB : trust;
        connectTimeout = connectTimeout == null ? ConnectOptions.DEFAULT_TIMEOUT : connectTimeout;
        if (connectTimeout.toMillis() < 1 || connectTimeout.compareTo(Limits.MAX_CONNECT_TIMEOUT) > 0) {
            throw new IllegalArgumentException("connect timeout must be 1 ms.." + Limits.MAX_CONNECT_TIMEOUT.toSeconds()
                    + " s, was " + connectTimeout.toMillis() + " ms");
        }
    }

    public ClientSpec(String host, int port, List<Bytes> parts, Duration pause, boolean halfClose, int readSize,
                      ClientBehavior behavior, ReadMode read, TransportKind transport, Path path, TlsTrust trust) {
        this(host, port, parts, pause, halfClose, readSize, behavior, read, transport, path, trust, null);
    }

    public ClientSpec(String host, int port, List<Bytes> parts, Duration pause, boolean halfClose, int readSize) {
        this(host, port, parts, pause, halfClose, readSize, ClientBehavior.ECHO, null, TransportKind.TCP, null, null);
    }

    /** The seed's client against {@code host:port}: three parts, no pause, half-close, 128-byte reads. */
    public static ClientSpec seed(String host, int port) {
        return new ClientSpec(host, port, StreamEchoClient.SEED_MESSAGES, Duration.ZERO, true, ServerSpec.DEFAULT_READ_SIZE);
    }

    /** The same client aimed elsewhere (a preset's client at wherever its server really listens). */
    public ClientSpec withTarget(String host, int port, TransportKind transport, Path path) {
        return new ClientSpec(host, transport == TransportKind.UNIX ? 1 : port, parts, pause, halfClose, readSize, behavior,
                read, transport, path, trust, connectTimeout);
    }

    public ClientSpec withTransport(TransportKind transport, Path path) {
        return new ClientSpec(host, port, parts, pause, halfClose, readSize, behavior, read, transport, path, trust, connectTimeout);
    }

    public ClientSpec withConnectTimeout(Duration timeout) {
        return new ClientSpec(host, port, parts, pause, halfClose, readSize, behavior, read, transport, path, trust, timeout);
    }

    public int totalBytes() {
        int total = 0;
        for (Bytes part : parts) {
            total += part.size();
        }
        return total;
    }

    /** The parts as one message. */
    public Bytes message() {
        return Bytes.concat(parts);
    }
}
