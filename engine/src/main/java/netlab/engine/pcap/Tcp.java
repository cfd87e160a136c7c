package netlab.engine.pcap;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;

import netlab.engine.bytes.Bytes;

/** An Ethernet frame holding one IPv4 or IPv6 packet holding one TCP segment, checksums and all. */
final class Tcp {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    private static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x01};
    private static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x02};

    private Tcp() {
    }

    static byte[] frame(InetAddress src, int srcPort, InetAddress dst, int dstPort, long seq, long ack, int flags,
                        Bytes payload, int ipId) {
        boolean v6 = src instanceof Inet6Address;
        int tcpLength = 20 + payload.size();
        int ipHeader = v6 ? 40 : 20;
        ByteBuffer b = ByteBuffer.allocate(14 + ipHeader + tcpLength);
        // Ethernet: made-up addresses, one for each side, the lower port's side first
        boolean aSide = srcPort <= dstPort;
        b.put(aSide ? MAC_B : MAC_A).put(aSide ? MAC_A : MAC_B).putShort((short) (v6 ? 0x86DD : 0x0800));
        int ipStart = b.position();
        if (v6) {
            b.putInt(0x60000000).putShort((short) tcpLength).put((byte) 6).put((byte) 64)
                    .put(src.getAddress()).put(dst.getAddress());
        } else {
            b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + tcpLength)).putShort((short) ipId)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0)
                    .put(src.getAddress()).put(dst.getAddress());
            b.putShort(ipStart + 10, (short) checksum(b.array(), ipStart, 20, 0));
        }
        int tcpStart = b.position();
        b.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt((int) ack)
                .put((byte) (5 << 4)).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        b.put(payload.unsafeBackingArray(), payload.unsafeOffset(), payload.size());
        long pseudo = pseudoHeaderSum(src.getAddress(), dst.getAddress(), tcpLength);
        b.putShort(tcpStart + 16, (short) checksum(b.array(), tcpStart, tcpLength, pseudo));
        return b.array();
    }

    private static long pseudoHeaderSum(byte[] src, byte[] dst, int tcpLength) {
        long sum = 0;
        for (byte[] a : new byte[][] {src, dst}) {
            for (int i = 0; i < a.length; i += 2) {
                sum += ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF);
            }
        }
        sum += 6;
        sum += tcpLength;
        return sum;
    }

    /** The Internet checksum (RFC 1071) of {@code length} bytes from {@code from}, starting from {@code initial}. */
    static int checksum(byte[] data, int from, int length, long initial) {
        long sum = initial;
        int i = from;
        for (; i + 1 < from + length; i += 2) {
            sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if (i < from + length) {
            sum += (data[i] & 0xFF) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
