package netlab.engine.classroom;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.Hosts;
import netlab.engine.transport.Guests;
import netlab.engine.transport.Visit;

/**
 * Students' own connections to the lab's servers (issue 14): the address each student's page
 * joined from names the connections that come from it ({@code Grace · server-1 #2}), counts them
 * against the student's {@link StudentCaps}, and lets the teacher {@link #drop} them.
 *
 * <p>An address of this machine (loopback 127.0.0.1, ::1, this machine's own LAN address) is
 * nobody's: the lab's own clients come from it, and a page the teacher opens on the projector's
 * machine must not take them. An address belongs to the first student who joined from it; a
 * student may have several (a laptop that moved from one network to another). Thread-safe.
 */
public final class StudentConnections implements Guests {
    private static final class Counts {
        final Set<Consumer<String>> open = new LinkedHashSet<>();
        long bytes;
        boolean connectionsSaid;
        boolean bytesSaid;
    }

    private final Object lock = new Object();
    private final Map<String, Student> byAddress = new HashMap<>();
    private final Map<Integer, Counts> counts = new HashMap<>();
    private final java.util.function.BiConsumer<ClassNotice, List<String>> notice;
    private volatile StudentCaps caps = StudentCaps.DEFAULTS;
    private volatile boolean closed;

    /** @param notice tells the teacher of a cap reached (once per student and cap); called under no lock of this */
    StudentConnections(java.util.function.BiConsumer<ClassNotice, List<String>> notice) {
        this.notice = notice;
    }

    public StudentCaps caps() {
        return caps;
    }

    public void caps(StudentCaps c) {
        caps = java.util.Objects.requireNonNull(c, "caps");
    }

    /**
     * Records that {@code student} joined from {@code from}. Returns the {@link ClassNotice#SHARED_ADDRESS}
     * notice's arguments for the teacher when the address is another student's already; empty otherwise (this machine's addresses
     * are quietly nobody's).
     */
    Optional<List<String>> seat(Student student, InetAddress from) {
        if (from == null || thisMachine(from)) {
            return Optional.empty();
        }
        String key = Hosts.format(from);
        synchronized (lock) {
            Student holder = byAddress.putIfAbsent(key, student);
            if (holder != null && holder.number() != student.number()) {
                return Optional.of(List.of(student.name(), key, holder.name()));
            }
            return Optional.empty();
        }
    }

    /** The student whose connections come from {@code host} (an IP literal), if any. */
    public Optional<Student> studentAt(String host) {
        synchronized (lock) {
            return Optional.ofNullable(byAddress.get(key(host)));
        }
    }

    /** The student's connections open now. */
    public int open(int studentNumber) {
        synchronized (lock) {
            Counts c = counts.get(studentNumber);
            return c == null ? 0 : c.open.size();
        }
    }

    /** Closes every open connection of the student (each pane says the teacher dropped it); how many. */
    public int drop(Student student) {
        List<Consumer<String>> closing;
        synchronized (lock) {
            Counts c = counts.get(student.number());
            closing = c == null ? List.of() : new ArrayList<>(c.open);
        }
        String reason = netlab.engine.event.LabSentences.TEACHER_DROPPED.say(student.name());
        closing.forEach(close -> close.accept(reason));
        return closing.size();
    }

    /** The class is over: connections from now on are nobody's (open ones stay open). */
    void close() {
        closed = true;
    }

    @Override
    public Visit arrive(String endpoint, Address peer) {
        if (closed || !(peer instanceof HostPort hp)) {
            return null;
        }
        Optional<Student> student = studentAt(hp.host());
        return student.map(StudentVisit::new).orElse(null);
    }

    private final class StudentVisit implements Visit {
        private final Student student;
        private Consumer<String> closer;

        StudentVisit(Student student) {
            this.student = student;
        }

        @Override
        public String guest() {
            return student.name();
        }

        @Override
        public String enter(Consumer<String> close) {
            StudentCaps now = caps;
            String refused;
            boolean say;
            synchronized (lock) {
                Counts c = counts.computeIfAbsent(student.number(), n -> new Counts());
                if (c.bytes >= now.bytes()) {
                    refused = netlab.engine.event.LabSentences.STUDENT_SENT_ALL.say(student.name(), c.bytes, now.bytes());
                    say = false;
                } else if (c.open.size() >= now.connections()) {
                    refused = netlab.engine.event.LabSentences.STUDENT_CONNECTIONS.say(student.name(), c.open.size());
                    say = !c.connectionsSaid;
                    c.connectionsSaid = true;
                } else {
                    closer = close;
                    c.open.add(close);
                    return null;
                }
            }
            if (say) {
                notice.accept(ClassNotice.CONNECTION_CAP, List.of(student.name(), String.valueOf(now.connections())));
            }
            return refused;
        }

        @Override
        public String received(int bytes) {
            StudentCaps now = caps;
            boolean say;
            synchronized (lock) {
                Counts c = counts.computeIfAbsent(student.number(), n -> new Counts());
                c.bytes += bytes;
                if (c.bytes <= now.bytes()) {
                    return null;
                }
                say = !c.bytesSaid;
                c.bytesSaid = true;
            }
            if (say) {
                notice.accept(ClassNotice.BYTE_CAP, List.of(student.name(), String.valueOf(now.bytes())));
            }
            return netlab.engine.event.LabSentences.STUDENT_SENT_TOO_MUCH.say(student.name(), now.bytes());
        }

        @Override
        public void left() {
            synchronized (lock) {
                Counts c = counts.get(student.number());
                if (c != null && closer != null) {
                    c.open.remove(closer);
                }
            }
        }
    }

    private static String key(String host) {
        InetAddress literal = io.netty.util.NetUtil.createInetAddressFromIpAddressString(Hosts.unbracket(host));
        return literal == null ? host : Hosts.format(literal);
    }

    /** An address of this machine: the lab's own clients come from it. */
    static boolean thisMachine(InetAddress a) {
        if (a.isAnyLocalAddress() || a.equals(InetAddress.getLoopbackAddress())) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
