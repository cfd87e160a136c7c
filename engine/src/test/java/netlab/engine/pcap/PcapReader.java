package netlab.engine.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small pcap reader for the tests: nanosecond pcap, Ethernet, IPv4 or IPv6, TCP. It checks
 * what Wireshark would complain about (lengths, checksums) and puts each direction's stream back
 * together from the sequence numbers.
 */
final class PcapReader {
    record Segment(long nanos, String src, String dst, long seq, long ack, int flags, byte[] payload) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    static List<Segment> read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != PcapWriter.MAGIC_NANOS) {
            throw new AssertionError("not a nanosecond pcap");
        }
        b.getShort();
        b.getShort();
        b.getInt();
        b.getInt();
        b.getInt();
        if (b.getInt() != PcapWriter.LINKTYPE_ETHERNET) {
            throw new AssertionError("not Ethernet");
        }
        List<Segment> out = new ArrayList<>();
        while (b.hasRemaining()) {
            long seconds = Integer.toUnsignedLong(b.getInt());
            long nanos = Integer.toUnsignedLong(b.getInt());
            int caplen = b.getInt();
            int len = b.getInt();
            if (caplen != len) {
                throw new AssertionError("a frame was cut");
            }
            byte[] frame = new byte[caplen];
            b.get(frame);
            out.add(segment(seconds * 1_000_000_000L + nanos, frame));
        }
        return out;
    }

    private static Segment segment(long time, byte[] frame) {
        ByteBuffer f = ByteBuffer.wrap(frame);
        f.position(12);
        int type = f.getShort() & 0xFFFF;
        int ip = 14;
        int tcp;
        byte[] src;
        byte[] dst;
        int tcpLength;
        if (type == 0x0800) {
            if ((frame[ip] & 0xFF) != 0x45 || frame[ip + 9] != 6) {
                throw new AssertionError("not IPv4/TCP");
            }
            int total = f.getShort(ip + 2) & 0xFFFF;
            if (total != frame.length - 14) {
                throw new AssertionError("IPv4 total length " + total + " for " + (frame.length - 14) + " bytes");
            }
            if (Tcp.checksum(frame, ip, 20, 0) != 0) {
                throw new AssertionError("bad IPv4 header checksum");
            }
            src = Arrays.copyOfRange(frame, ip + 12, ip + 16);
            dst = Arrays.copyOfRange(frame, ip + 16, ip + 20);
            tcp = ip + 20;
            tcpLength = total - 20;
        } else if (type == 0x86DD) {
            if (frame[ip + 6] != 6) {
                throw new AssertionError("not IPv6/TCP");
            }
            tcpLength = f.getShort(ip + 4) & 0xFFFF;
            src = Arrays.copyOfRange(frame, ip + 8, ip + 24);
            dst = Arrays.copyOfRange(frame, ip + 24, ip + 40);
            tcp = ip + 40;
            if (tcpLength != frame.length - tcp) {
                throw new AssertionError("IPv6 payload length");
            }
        } else {
            throw new AssertionError("ethertype " + Integer.toHexString(type));
        }
        long pseudo = 0;
        for (byte[] a : new byte[][] {src, dst}) {
            for (int i = 0; i < a.length; i += 2) {
                pseudo += ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF);
            }
        }
        pseudo += 6 + tcpLength;
        if (Tcp.checksum(frame, tcp, tcpLength, pseudo) != 0) {
            throw new AssertionError("bad TCP checksum");
        }
        int srcPort = f.getShort(tcp) & 0xFFFF;
        int dstPort = f.getShort(tcp + 2) & 0xFFFF;
        long seq = Integer.toUnsignedLong(f.getInt(tcp + 4));
        long ack = Integer.toUnsignedLong(f.getInt(tcp + 8));
        int dataOffset = ((frame[tcp + 12] & 0xFF) >> 4) * 4;
        int flags = frame[tcp + 13] & 0xFF;
        byte[] payload = Arrays.copyOfRange(frame, tcp + dataOffset, frame.length);
        return new Segment(time, addr(src) + ":" + srcPort, addr(dst) + ":" + dstPort, seq, ack, flags, payload);
    }

    private static String addr(byte[] a) {
        try {
            return netlab.engine.net.Hosts.format(java.net.InetAddress.getByAddress(a));
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes one side sent, put in order by sequence number from its SYN (or its first segment). */
    static byte[] stream(List<Segment> segments, String from) {
        long isn = -1;
        for (Segment s : segments) {
            if (s.src().equals(from) && s.has(Tcp.SYN)) {
                isn = s.seq();
            }
        }
        List<Segment> data = segments.stream().filter(s -> s.src().equals(from) && s.payload().length > 0)
                .sorted((a, c) -> Long.compare(a.seq(), c.seq())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long next = isn >= 0 ? isn + 1 : data.isEmpty() ? 0 : data.get(0).seq();
        for (Segment s : data) {
            if (s.seq() != next) {
                throw new AssertionError("a hole or overlap at seq " + s.seq() + ", expected " + next);
            }
            out.writeBytes(s.payload());
            next += s.payload().length;
        }
        return out.toByteArray();
    }
}
