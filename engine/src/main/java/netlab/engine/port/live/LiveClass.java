package netlab.engine.port.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import netlab.engine.classroom.ClassEvent;
import netlab.engine.classroom.ClassSession;
import netlab.engine.classroom.ClassSummary;
import netlab.engine.classroom.JoinCode;
import netlab.engine.classroom.QrMatrix;
import netlab.engine.classroom.server.ClassServer;
import netlab.engine.classroom.server.ClassServerOptions;
import netlab.engine.classroom.server.StudentPage;
import netlab.engine.port.ClassPort;
import netlab.engine.transport.Guests;

/**
 * The class port of a running lab: one {@link ClassSession} at a time with its {@link ClassServer}.
 * Listeners are kept here, not on a session, so a view subscribed once hears every session.
 */
public final class LiveClass implements ClassPort, AutoCloseable {
    private final StudentPage page;
    private final List<Consumer<ClassEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private ClassSession session;
    private ClassServer server;
    private Consumer<Guests> lab = g -> { };

    public LiveClass(StudentPage page) {
        this.page = page;
    }

    /** This port, telling {@code guests} whose connections the lab's servers accept: the session's students, then nobody's. */
    public LiveClass admittingTo(Consumer<Guests> guests) {
        this.lab = java.util.Objects.requireNonNull(guests, "guests");
        return this;
    }

    /** The student page NetLab ships (in the resources module, on the class path). */
    public static LiveClass withShippedPage() {
        return new LiveClass(StudentPage.fromClassPath(LiveClass.class.getClassLoader()));
    }

    @Override
    public CompletableFuture<ClassJoin> start(ClassStart start) {
        ClassServerOptions options;
        ClassSession fresh;
        synchronized (lock) {
            if (session != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("a class is on already: end it first"));
            }
            try {
                options = ClassServerOptions.defaults().withHost(start.host()).withPort(start.port());
            } catch (IllegalArgumentException e) {
                return CompletableFuture.failedFuture(e);
            }
            fresh = new ClassSession(JoinCode.random(), start.title(), start.questions());
            fresh.subscribe(e -> listeners.forEach(l -> l.accept(e)));
            session = fresh;
        }
        return ClassServer.start(fresh, options, page).handle((started, failure) -> {
            synchronized (lock) {
                if (failure != null) {
                    session = null;
                    fresh.end();
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : failure;
                    throw new java.util.concurrent.CompletionException(new IllegalStateException(
                            "cannot serve the student page on " + start.host() + ":" + start.port() + ": " + cause.getMessage(), cause));
                }
                server = started;
                lab.accept(fresh.connections());
                return new ClassJoin(started.url(), started.joinUrl(), started.urls(), fresh.code().value(),
                        QrMatrix.encode(started.joinUrl()).rows(), started.beyondThisMachine());
            }
        });
    }

    @Override
    public AutoCloseable subscribe(Consumer<ClassEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> ask(String questionId) {
        return onSession(s -> s.ask(questionId));
    }

    @Override
    public CompletableFuture<Void> reveal() {
        return onSession(ClassSession::reveal);
    }

    @Override
    public CompletableFuture<ClassSummary> end() {
        ClassSession ending;
        ClassServer stopping;
        synchronized (lock) {
            ending = session;
            stopping = server;
            session = null;
            server = null;
        }
        if (ending == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no class is on"));
        }
        lab.accept(Guests.NONE);
        ClassSummary summary = ending.end();
        CompletableFuture<Void> stopped = stopping == null ? CompletableFuture.completedFuture(null) : stopping.stopped();
        return stopped.thenApply(v -> summary);
    }

    @Override
    public CompletableFuture<Integer> dropConnections(int studentNumber) {
        ClassSession s;
        synchronized (lock) {
            s = session;
        }
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no class is on"));
        }
        try {
            return CompletableFuture.completedFuture(s.dropConnections(studentNumber));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> onSession(Consumer<ClassSession> action) {
        ClassSession s;
        synchronized (lock) {
            s = session;
        }
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no class is on"));
        }
        try {
            action.accept(s);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Ends a session that is on (the lab closes); its server stops listening. */
    @Override
    public void close() {
        boolean on;
        synchronized (lock) {
            on = session != null;
        }
        if (on) {
            end().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }
}
