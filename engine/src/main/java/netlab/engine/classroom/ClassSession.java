package netlab.engine.classroom;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import netlab.engine.preset.Question;

/**
 * A class taking part (issue 14): a join code, the students who joined, the question open now,
 * one answer per student per question (changeable until the reveal), the live histogram, the
 * reveal, and the summary at the end. No JavaFX, no network: the class server feeds it what
 * students send, the teacher's window or terminal calls {@link #ask}, {@link #reveal} and
 * {@link #end}, and every change is a {@link ClassEvent} to {@link #subscribe subscribers}.
 *
 * <p>Thread-safe: every method may be called from any thread (the server's I/O threads, the FX
 * thread, a terminal's). State changes under one lock; events go out in order on the session's
 * own thread ({@code netlab-class-events}), never under the lock, so a slow or failing listener
 * cannot stall a student's answer.
 */
public final class ClassSession implements AutoCloseable {
    /** The most students one session takes; a class is far smaller, a flood of joins is not. */
    public static final int MAX_STUDENTS = 200;

    /** A student admitted: who they are, and the token their page keeps to come back after a reload. */
    public record Admission(Student student, String token, boolean returning) {
    }

    private static final class Seat {
        final Student student;
        boolean connected = true;

        Seat(Student student) {
            this.student = student;
        }
    }

    private final JoinCode code;
    private final String title;
    private final List<Question> questions;
    private final Object lock = new Object();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Map<String, Map<Integer, String>> answers = new LinkedHashMap<>();
    private final Map<String, Boolean> revealedById = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Consumer<ClassEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatch;
    private final StudentConnections connections = new StudentConnections(this::notice);
    private final CompletableFuture<ClassSummary> ended = new CompletableFuture<>();
    private Question current;
    private boolean revealed;
    private boolean over;
    private long seq;

    public ClassSession(JoinCode code, String title, List<Question> questions) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.questions = List.copyOf(questions);
        this.dispatch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "netlab-class-events");
            t.setDaemon(true);
            return t;
        });
    }

    public JoinCode code() {
        return code;
    }

    public List<Question> questions() {
        return questions;
    }

    // ---- students (the class server calls these) ----

    /**
     * Admits a student: a returning one by the token their page kept (whatever name it sends),
     * a new one by the name typed (checked by {@link StudentNames}; made unique with " (2)").
     */
    public Admission join(String typedName, String token) {
        return join(typedName, token, null);
    }

    /**
     * {@link #join(String, String)} from the address {@code from} (null: unknown): the connections
     * that come from it to the lab's servers are the student's ({@link #connections()}).
     */
    public Admission join(String typedName, String token, java.net.InetAddress from) {
        Admission admitted = admit(typedName, token);
        connections.seat(admitted.student(), from).ifPresent(args -> notice(ClassNotice.SHARED_ADDRESS, args));
        return admitted;
    }

    private Admission admit(String typedName, String token) {
        synchronized (lock) {
            refuseIfOver();
            if (token != null) {
                Seat seat = seats.get(token);
                if (seat != null) {
                    seat.connected = true;
                    emit(s -> new ClassEvent.StudentJoined(s, seat.student, true, seats.size()));
                    return new Admission(seat.student, token, true);
                }
            }
            String name = StudentNames.check(typedName);
            if (seats.size() >= MAX_STUDENTS) {
                throw new ClassException("the class is full (" + MAX_STUDENTS + " students)");
            }
            Student student = new Student(seats.size() + 1, unique(name));
            String fresh = HexFormat.of().formatHex(bytes(16));
            seats.put(fresh, new Seat(student));
            emit(s -> new ClassEvent.StudentJoined(s, student, false, seats.size()));
            return new Admission(student, fresh, false);
        }
    }

    /** A student's page went away; their answers stay. */
    public void left(String token, String reason) {
        synchronized (lock) {
            Seat seat = seats.get(token);
            if (seat == null || !seat.connected || over) {
                return;
            }
            seat.connected = false;
            emit(s -> new ClassEvent.StudentLeft(s, seat.student, reason));
        }
    }

    /**
     * Records a student's answer to the open question, replacing their earlier one; returns it as
     * kept ({@code b} is {@code B}). Refused when another question is open, after the reveal, or
     * when it is no answer to this question.
     */
    public String answer(String token, String questionId, String typed) {
        synchronized (lock) {
            refuseIfOver();
            Seat seat = seats.get(token);
            if (seat == null) {
                throw new ClassException("join the class first");
            }
            if (current == null || !current.id().equals(questionId)) {
                throw new ClassException("that question is not open");
            }
            if (revealed) {
                throw new ClassException("the answer is revealed: answers are closed");
            }
            Question q = current;
            String value = q.key().normalize(typed).orElseThrow(() -> new ClassException(switch (q.key()) {
                case netlab.engine.preset.AnswerKey.Choice c -> "choose one of A.." + netlab.engine.preset.AnswerKey.Choice.letter(c.choices().size() - 1);
                case netlab.engine.preset.AnswerKey.WholeNumber n -> "type a whole number";
            }));
            String before = answers.get(q.id()).put(seat.student.number(), value);
            if (!value.equals(before)) {
                Histogram h = histogram(q);
                emit(s -> new ClassEvent.AnswersChanged(s, q, h));
            }
            return value;
        }
    }

    /** The answer a student gave to a question, if any (a returning page shows it again). */
    public Optional<String> answerOf(String token, String questionId) {
        synchronized (lock) {
            Seat seat = seats.get(token);
            Map<Integer, String> given = answers.get(questionId);
            return seat == null || given == null ? Optional.empty() : Optional.ofNullable(given.get(seat.student.number()));
        }
    }

    /** The name of the student holding {@code token}, if any. */
    public Optional<String> nameOf(String token) {
        synchronized (lock) {
            Seat seat = seats.get(token);
            return seat == null ? Optional.empty() : Optional.of(seat.student.name());
        }
    }

    /** Tells the teacher about something refused or capped (said on the session's event thread). */
    public void notice(ClassNotice kind, String... args) {
        notice(kind, java.util.List.of(args));
    }

    private void notice(ClassNotice kind, java.util.List<String> args) {
        synchronized (lock) {
            if (!over) {
                emit(s -> new ClassEvent.Notice(s, kind, args));
            }
        }
    }

    /** Students' own connections to the lab's servers: whose they are, their caps, the teacher's drop. */
    public StudentConnections connections() {
        return connections;
    }

    // ---- the teacher ----

    /** Closes every connection of student {@code number} to the lab's servers; how many were open. */
    public int dropConnections(int number) {
        Student student;
        synchronized (lock) {
            refuseIfOver();
            student = seats.values().stream().map(s -> s.student).filter(s -> s.number() == number).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no student number " + number + " in this class"));
        }
        int n = connections.drop(student);
        notice(ClassNotice.DROPPED, student.name(), String.valueOf(n));
        return n;
    }

    /** Opens a question of this session: the students see it and answer (earlier answers to it, if asked before, stay). */
    public void ask(String questionId) {
        synchronized (lock) {
            if (over) {
                throw new IllegalStateException("the class has ended");
            }
            Question q = questions.stream().filter(x -> x.id().equals(questionId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no question '" + questionId + "' in this class"));
            current = q;
            revealed = Boolean.TRUE.equals(revealedById.get(q.id()));
            answers.computeIfAbsent(q.id(), k -> new LinkedHashMap<>());
            revealedById.putIfAbsent(q.id(), false);
            if (!asked.contains(q.id())) {
                asked.add(q.id());
            }
            Histogram h = histogram(q);
            int number = questions.indexOf(q) + 1;
            emit(s -> new ClassEvent.QuestionAsked(s, q, number, questions.size(), h));
        }
    }

    /** Reveals the open question's answer: answers close, the students see the right one and why. */
    public void reveal() {
        synchronized (lock) {
            if (over || current == null) {
                throw new IllegalStateException("no question is open");
            }
            if (revealed) {
                return;
            }
            revealed = true;
            revealedById.put(current.id(), true);
            Question q = current;
            Histogram h = histogram(q);
            emit(s -> new ClassEvent.AnswerRevealed(s, q, h));
        }
    }

    /** Ends the session (once): the summary goes to every subscriber and to {@link #ended()}. */
    public ClassSummary end() {
        ClassSummary summary;
        synchronized (lock) {
            if (over) {
                return ended.join();
            }
            over = true;
            connections.close();
            summary = summary();
            emit(s -> new ClassEvent.Ended(s, summary));
            dispatch.execute(() -> ended.complete(summary));
            dispatch.shutdown();
        }
        return summary;
    }

    /** Completes with the summary once the session has ended and every subscriber has been told. */
    public CompletableFuture<ClassSummary> ended() {
        return ended.copy();
    }

    @Override
    public void close() {
        end();
    }

    // ---- watching ----

    /**
     * Follows the session: {@code listener} gets a {@link ClassEvent.Snapshot} first, then every
     * later event, in order, on the session's thread. Closing the subscription stops it.
     */
    public AutoCloseable subscribe(Consumer<ClassEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            ClassSnapshot state = snapshotLocked();
            long at = seq;
            if (dispatch.isShutdown()) {
                deliver(listener, new ClassEvent.Snapshot(at, state)); // ended: the snapshot is all there is
            } else {
                dispatch.execute(() -> deliver(listener, new ClassEvent.Snapshot(at, state)));
            }
            listeners.add(listener);
        }
        return () -> listeners.remove(listener);
    }

    public ClassSnapshot snapshot() {
        synchronized (lock) {
            return snapshotLocked();
        }
    }

    // ---- inside ----

    private interface EventAt {
        ClassEvent at(long seq);
    }

    /** Numbers the event and queues it for the listeners subscribed now (called under the lock). */
    private void emit(EventAt make) {
        ClassEvent e = make.at(++seq);
        List<Consumer<ClassEvent>> to = List.copyOf(listeners);
        if (!to.isEmpty() && !dispatch.isShutdown()) {
            dispatch.execute(() -> to.forEach(l -> deliver(l, e)));
        }
    }

    private static void deliver(Consumer<ClassEvent> listener, ClassEvent e) {
        try {
            listener.accept(e);
        } catch (RuntimeException failed) {
            // a listener's bug must not stop the others, nor the class
            System.err.println("netlab: a class listener failed on " + e.getClass().getSimpleName() + ": " + failed);
        }
    }

    private void refuseIfOver() {
        if (over) {
            throw new ClassException("the class has ended");
        }
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; taken(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private boolean taken(String name) {
        return seats.values().stream().anyMatch(s -> s.student.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private Histogram histogram(Question q) {
        return Histogram.of(q.id(), q.key(), answers.getOrDefault(q.id(), Map.of()).values(), seats.size());
    }

    private ClassSnapshot snapshotLocked() {
        Map<Integer, String> currentAnswers = current == null ? Map.of() : answers.getOrDefault(current.id(), Map.of());
        List<ClassSnapshot.StudentState> students = seats.values().stream()
                .map(s -> new ClassSnapshot.StudentState(s.student, s.connected, currentAnswers.containsKey(s.student.number())))
                .toList();
        return new ClassSnapshot(code, title, questions, students, Optional.ofNullable(current), revealed,
                current == null ? null : histogram(current), asked, over);
    }

    private ClassSummary summary() {
        List<ClassSummary.QuestionSummary> out = new ArrayList<>();
        for (String id : asked) {
            Question q = questions.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            out.add(new ClassSummary.QuestionSummary(q, histogram(q), Boolean.TRUE.equals(revealedById.get(id))));
        }
        return new ClassSummary(title, seats.size(), out);
    }
}
