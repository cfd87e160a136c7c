package netlab.engine.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/** The classic pcap file format, nanosecond timestamps, Ethernet link type. */
final class PcapWriter {
    /** The nanosecond-resolution pcap magic number. */
    static final int MAGIC_NANOS = 0xa1b23c4d;
    static final int LINKTYPE_ETHERNET = 1;

    private final OutputStream out;
    private final long epochSeconds;
    private final long epochNanos;
    private int packets;

    PcapWriter(OutputStream out, Instant labStarted) throws IOException {
        this.out = out;
        this.epochSeconds = labStarted.getEpochSecond();
        this.epochNanos = labStarted.getNano();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(MAGIC_NANOS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262_144).putInt(LINKTYPE_ETHERNET);
        out.write(h.array());
    }

    /** One frame at {@code nanos} after the lab started. */
    void frame(long nanos, byte[] frame) throws IOException {
        long total = epochNanos + nanos;
        long seconds = epochSeconds + total / 1_000_000_000L;
        long fraction = total % 1_000_000_000L;
        ByteBuffer h = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt((int) seconds).putInt((int) fraction).putInt(frame.length).putInt(frame.length);
        out.write(h.array());
        out.write(frame);
        packets++;
    }

    int packets() {
        return packets;
    }

    void flush() throws IOException {
        out.flush();
    }
}
