package netlab.engine.classroom;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import netlab.engine.classroom.server.ClassServer;
import netlab.engine.classroom.server.ClassServerOptions;
import netlab.engine.classroom.server.StudentPage;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;

/**
 * A class session with two questions (a choice, a number) and its server on loopback, a free
 * port, serving a one-line page; the session's events kept in order; everything stopped on close.
 */
public final class TestClass implements AutoCloseable {
    public static final Question READS = new Question("reads",
            new LocalizedText(Map.of("en", "In how many reads?", "zh", "几次读取？")),
            new AnswerKey.Choice(List.of(LocalizedText.english("exactly three"), LocalizedText.english("one or more"),
                    LocalizedText.english("never")), 1),
            LocalizedText.english("TCP keeps bytes, not writes."),
            TeachingMoment.first(new EventMatch(Role.SERVER, EventKind.DATA_RECEIVED, null, null)));
    public static final Question LINES = new Question("lines", LocalizedText.english("How many lines?"),
            new AnswerKey.WholeNumber(4), LocalizedText.english("Four lines were written."),
            new TeachingMoment(new EventMatch(Role.CLIENT, EventKind.LOG, null, Pattern.compile("^b'")), 1));
    public static final StudentPage PAGE = new StudentPage(Map.of(
            "/", new StudentPage.File("text/html; charset=utf-8", "<!DOCTYPE html><title>class</title>".getBytes(StandardCharsets.UTF_8)),
            "/class.js", new StudentPage.File("text/javascript; charset=utf-8", "'use strict';".getBytes(StandardCharsets.UTF_8))));

    public final ClassSession session;
    public final ClassServer server;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<ClassEvent> events = new ArrayList<>();
    private final List<StudentClient> students = new ArrayList<>();

    public TestClass() {
        this(ClassServerOptions.defaults());
    }

    public TestClass(ClassServerOptions options) {
        session = new ClassSession(JoinCode.random(), "a test class", List.of(READS, LINES));
        session.subscribe(e -> {
            synchronized (events) {
                events.add(e);
                events.notifyAll();
            }
        });
        server = ClassServer.start(session, options, PAGE).orTimeout(20, TimeUnit.SECONDS).join();
    }

    public String code() {
        return session.code().value();
    }

    /** A student's socket with the right code (closed with the class). */
    public StudentClient student() {
        return student(code());
    }

    public StudentClient student(String code) {
        StudentClient c = StudentClient.connect(http, server.url(), code);
        synchronized (students) {
            students.add(c);
        }
        return c;
    }

    /** A student who joined as {@code name}. */
    public StudentClient joined(String name) {
        StudentClient c = student().join(name);
        c.await("joined");
        return c;
    }

    /** Every session event so far, in order. */
    public List<ClassEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Waits for an event of {@code type} matching {@code test}; returns it. */
    public <T extends ClassEvent> T await(Class<T> type, java.util.function.Predicate<T> test) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (events) {
            while (true) {
                for (ClassEvent e : events) {
                    if (type.isInstance(e) && test.test(type.cast(e))) {
                        return type.cast(e);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + type.getSimpleName() + " as expected within 20 s; events: " + events);
                }
                try {
                    events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (students) {
            students.forEach(StudentClient::close);
        }
        session.end();
        server.stopped().orTimeout(20, TimeUnit.SECONDS).join();
        http.close();
    }
}
