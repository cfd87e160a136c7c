package netlab.engine.bench;

import java.time.Duration;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.transport.Ports;

/**
 * A lab client in the manner of seed 000: connect, send {@code parts} as separate writes with
 * {@code pause} between them, half-close if asked, then read chunks of {@code readSize} until EOF.
 */
public record ClientSpec(String host, int port, List<Bytes> parts, Duration pause, boolean halfClose, int readSize) {

    public ClientSpec {
        host = Limits.host(host);
        Ports.checkConnect(port);
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
    }

    /** The seed's client against {@code host:port}: three parts, no pause, half-close, 128-byte reads. */
    public static ClientSpec seed(String host, int port) {
        return new ClientSpec(host, port, StreamEchoClient.SEED_MESSAGES, Duration.ZERO, true, ServerSpec.DEFAULT_READ_SIZE);
    }

    public int totalBytes() {
        int total = 0;
        for (Bytes part : parts) {
            total += part.size();
        }
        return total;
    }
}
