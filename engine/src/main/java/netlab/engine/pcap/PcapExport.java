package netlab.engine.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.relay.RelayLeg;

/**
 * One TCP connection of a recording (or of a live lab) as a pcap file Wireshark and tshark open:
 * the packets are made up from the events, since what the lab saw are the reads and writes, not
 * the frames. Each write becomes a segment from this side, each read a segment from the peer,
 * with sequence numbers from the byte offsets, so "Follow TCP Stream" shows exactly the bytes the
 * connection carried, in order, cut as the reads and writes were. The handshake is drawn where
 * connection_made was reported, a FIN where write_eof (or close) and eof_received were, an RST
 * where the connection was reset. Times are the events' times; Ethernet addresses are made up.
 */
public final class PcapExport {
    /** Payload bytes per segment at most: an IPv4 packet holds 65,535 bytes in all. */
    static final int MAX_SEGMENT = 65_000;
    private static final int ISN_LOCAL = 1_000;
    private static final int ISN_REMOTE = 500_000;

    /** What was written. */
    public record Result(int packets, long bytesOut, long bytesIn, List<String> notes) {
    }

    /** A connection a recording holds, for a person to choose from. */
    public record Connection(String id, String label, String local, String remote, long bytes) {
        @Override
        public String toString() {
            return id + "  " + label + "  " + local + " <-> " + remote + "  (" + bytes + " bytes)";
        }
    }

    private PcapExport() {
    }

    /** The TCP connections among {@code events} that can be exported: IP addresses known. */
    public static List<Connection> connections(List<LabEvent> events) {
        Map<String, Connection> out = new LinkedHashMap<>();
        for (LabEvent e : events) {
            Origin o = e.origin();
            if (o.connection() == null || o.local() == null || o.remote() == null || o.local().startsWith("unix:")
                    || e.kind() == EventKind.DATAGRAM_RECEIVED || e.kind() == EventKind.DATAGRAM_SENT) {
                continue;
            }
            Connection c = out.get(o.connection());
            long bytes = (c == null ? 0 : c.bytes()) + (e.kind() == EventKind.DATA_SENT || e.kind() == EventKind.DATA_RECEIVED ? e.data().size() : 0);
            out.put(o.connection(), new Connection(o.connection(), o.label(), o.local(), o.remote(), bytes));
        }
        // a UDP socket has a connection id too; what carried datagrams is no TCP connection
        events.stream().filter(e -> e.kind() == EventKind.DATAGRAM_SENT || e.kind() == EventKind.DATAGRAM_RECEIVED)
                .forEach(e -> out.remove(e.origin().connection()));
        return List.copyOf(out.values());
    }

    /** Writes connection {@code connection} of {@code events} as pcap to {@code out}. */
    public static Result write(List<LabEvent> events, String connection, Instant labStarted, OutputStream out) throws IOException {
        List<LabEvent> mine = events.stream().filter(e -> connection.equals(e.origin().connection())).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("no connection '" + connection + "' here");
        }
        Origin origin = mine.get(0).origin();
        if (mine.stream().anyMatch(e -> e.kind() == EventKind.DATAGRAM_SENT || e.kind() == EventKind.DATAGRAM_RECEIVED)) {
            throw new IllegalArgumentException(connection + " carried UDP datagrams: a pcap of a TCP stream cannot show them");
        }
        Endpoint local = endpoint(mine, true, connection);
        Endpoint remote = endpoint(mine, false, connection);
        if (local.ip().getClass() != remote.ip().getClass()) {
            throw new IllegalArgumentException(connection + ": one address is IPv4 and the other IPv6");
        }
        List<String> notes = new ArrayList<>();
        PcapWriter pcap = new PcapWriter(out, labStarted);
        Segments s = new Segments(pcap, local, remote);
        boolean opened = false;
        boolean finLocal = false;
        boolean finRemote = false;
        for (LabEvent e : mine) {
            switch (e.kind()) {
                case CONNECTION_MADE -> {
                    opened = true;
                    if (initiatedHere(origin)) {
                        s.handshake(e.nanos(), true);
                    } else {
                        s.handshake(e.nanos(), false);
                    }
                }
                case DATA_SENT -> {
                    if (!opened) {
                        opened = true;
                        notes.add("the connection was made before the events here begin: no handshake");
                    }
                    s.data(e.nanos(), true, e.offset(), e.data(), e.amount(), notes);
                }
                case DATA_RECEIVED -> {
                    if (!opened) {
                        opened = true;
                        notes.add("the connection was made before the events here begin: no handshake");
                    }
                    s.data(e.nanos(), false, e.offset(), e.data(), e.amount(), notes);
                }
                case EOF_SENT -> {
                    if (!finLocal) {
                        finLocal = true;
                        s.fin(e.nanos(), true, e.offset(), notes);
                    }
                }
                case EOF_RECEIVED -> {
                    if (!finRemote) {
                        finRemote = true;
                        s.fin(e.nanos(), false, e.offset(), notes);
                    }
                }
                case CONNECTION_LOST -> {
                    if (e.error() != null && "ConnectionResetError".equals(e.error().type())) {
                        s.rst(e.nanos(), false);
                    } else if (!finLocal) {
                        finLocal = true;
                        s.fin(e.nanos(), true, -1, notes);
                    }
                }
                case ABORT_CALLED -> {
                    if (!finLocal) {
                        finLocal = true;
                        s.rst(e.nanos(), true);
                    }
                }
                default -> {
                }
            }
        }
        pcap.flush();
        return new Result(pcap.packets(), s.sentEnd, s.receivedEnd, List.copyOf(notes));
    }

    /** Whether this side opened the connection (sent the SYN). */
    static boolean initiatedHere(Origin o) {
        if (o.role() == Role.RELAY) {
            return RelayLeg.of(o) == RelayLeg.SERVER_SIDE;
        }
        return o.role() == Role.CLIENT || o.role() == Role.EXPERIMENT;
    }

    record Endpoint(InetAddress ip, int port) {
    }

    private static Endpoint endpoint(List<LabEvent> events, boolean local, String connection) {
        String text = null;
        for (LabEvent e : events) {
            text = local ? e.origin().local() : e.origin().remote();
            if (text != null) {
                break;
            }
        }
        if (text == null || text.startsWith("unix:")) {
            throw new IllegalArgumentException(connection + (text == null ? " has no known address"
                    : " is a Unix socket connection: a pcap holds IP packets, and it has no IP addresses"));
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(connection + ": not an address: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!host.matches("[0-9a-fA-F.:%a-zA-Z]+") || !(host.indexOf(':') >= 0 || host.matches("[0-9.]+"))) {
            throw new IllegalArgumentException(connection + ": not an IP address: " + host);
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            // a literal only: getByName never looks a name up for these
            return new Endpoint(InetAddress.getByName(host), port);
        } catch (NumberFormatException | UnknownHostException e) {
            throw new IllegalArgumentException(connection + ": not an address: " + text);
        }
    }

    /** The segments of one connection in both directions, numbered from the offsets. */
    private static final class Segments {
        private final PcapWriter pcap;
        private final Endpoint local;
        private final Endpoint remote;
        long sentEnd;
        long receivedEnd;
        private long finLocalAt = -1;
        private long finRemoteAt = -1;

        Segments(PcapWriter pcap, Endpoint local, Endpoint remote) {
            this.pcap = pcap;
            this.local = local;
            this.remote = remote;
        }

        private long seq(boolean fromLocal, long offset) {
            return ((fromLocal ? ISN_LOCAL : ISN_REMOTE) + 1 + offset) & 0xFFFFFFFFL;
        }

        /** What each side has acknowledged: everything the other side sent so far (FIN included). */
        private long ack(boolean fromLocal) {
            long end = fromLocal ? receivedEnd + (finRemoteAt >= 0 ? 1 : 0) : sentEnd + (finLocalAt >= 0 ? 1 : 0);
            return seq(!fromLocal, end);
        }

        void handshake(long nanos, boolean localOpened) throws IOException {
            boolean a = localOpened;
            packet(nanos, a, (a ? ISN_LOCAL : ISN_REMOTE), 0, Tcp.SYN, Bytes.EMPTY);
            packet(nanos, !a, (!a ? ISN_LOCAL : ISN_REMOTE), (a ? ISN_LOCAL : ISN_REMOTE) + 1, Tcp.SYN | Tcp.ACK, Bytes.EMPTY);
            packet(nanos, a, (a ? ISN_LOCAL : ISN_REMOTE) + 1, (!a ? ISN_LOCAL : ISN_REMOTE) + 1, Tcp.ACK, Bytes.EMPTY);
        }

        void data(long nanos, boolean fromLocal, long offset, Bytes data, long amount, List<String> notes) throws IOException {
            if (offset < 0) {
                return;
            }
            if (amount > data.size()) {
                notes.add((fromLocal ? "a write" : "a read") + " at " + offset + " held " + amount + " bytes, of which the recording kept "
                        + data.size() + ": the rest is missing from the capture");
            }
            for (int at = 0; at < data.size(); at += MAX_SEGMENT) {
                Bytes part = data.slice(at, Math.min(data.size(), at + MAX_SEGMENT));
                packet(nanos, fromLocal, seq(fromLocal, offset + at), ack(fromLocal), Tcp.ACK | Tcp.PSH, part);
            }
            long end = offset + Math.max(amount, data.size());
            if (fromLocal) {
                sentEnd = Math.max(sentEnd, end);
            } else {
                receivedEnd = Math.max(receivedEnd, end);
            }
        }

        void fin(long nanos, boolean fromLocal, long offset, List<String> notes) throws IOException {
            long covered = fromLocal ? sentEnd : receivedEnd;
            long at = offset >= 0 ? offset : covered;
            if (at > covered) {
                // a quiet lab counts its reads and writes instead of recording them: the FIN comes after bytes the file lacks
                notes.add("bytes " + covered + " to " + at + (fromLocal ? " sent" : " received") + " before the FIN are not in the "
                        + "recording (it holds no " + (fromLocal ? "write" : "read") + " of them): the capture has a hole there");
            }
            if (fromLocal) {
                sentEnd = Math.max(sentEnd, at);
            } else {
                receivedEnd = Math.max(receivedEnd, at);
            }
            packet(nanos, fromLocal, seq(fromLocal, at), ack(fromLocal), Tcp.FIN | Tcp.ACK, Bytes.EMPTY);
            if (fromLocal) {
                finLocalAt = at;
            } else {
                finRemoteAt = at;
            }
            // the other side acknowledges the FIN
            packet(nanos, !fromLocal, seq(!fromLocal, (!fromLocal ? sentEnd : receivedEnd) + ((!fromLocal ? finLocalAt : finRemoteAt) >= 0 ? 1 : 0)),
                    ack(!fromLocal), Tcp.ACK, Bytes.EMPTY);
        }

        void rst(long nanos, boolean fromLocal) throws IOException {
            long end = fromLocal ? sentEnd : receivedEnd;
            packet(nanos, fromLocal, seq(fromLocal, end), ack(fromLocal), Tcp.RST | Tcp.ACK, Bytes.EMPTY);
        }

        private void packet(long nanos, boolean fromLocal, long seq, long ack, int flags, Bytes payload) throws IOException {
            Endpoint src = fromLocal ? local : remote;
            Endpoint dst = fromLocal ? remote : local;
            pcap.frame(nanos, Tcp.frame(src.ip(), src.port(), dst.ip(), dst.port(), seq, ack, flags, payload, pcap.packets()));
        }
    }
}
