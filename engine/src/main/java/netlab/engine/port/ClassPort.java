package netlab.engine.port;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import netlab.engine.classroom.ClassEvent;
import netlab.engine.classroom.ClassSummary;
import netlab.engine.preset.Question;

/**
 * The class taking part (issue 14), as a front end may ask for it: start a session that serves the
 * student page, ask a question, reveal its answer, end. One session at a time; what happens in it
 * (students joining, answers arriving, the reveal) comes to {@link #subscribe subscribers} as
 * {@link ClassEvent}s, whichever session is on.
 */
public interface ClassPort {
    /** What a class starts with: the preset's title and questions, and where the student page listens. */
    record ClassStart(String title, List<Question> questions, String host, int port) {
        public ClassStart {
            Objects.requireNonNull(title, "title");
            questions = List.copyOf(questions);
            Objects.requireNonNull(host, "host");
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("a class needs at least one question");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
        }
    }

    /**
     * How students join the session just started.
     *
     * @param url               what the projector shows, best first of {@code urls}
     * @param joinUrl           {@code url} with the code after {@code #} (what the QR code says)
     * @param code              the join code
     * @param qr                the QR code of {@code joinUrl}, rows of dark modules, quiet zone included
     * @param beyondThisMachine whether students on other machines can reach it (not loopback only)
     */
    record ClassJoin(String url, String joinUrl, List<String> urls, String code, boolean[][] qr, boolean beyondThisMachine) {
        public ClassJoin {
            urls = List.copyOf(urls);
        }
    }

    /** Starts a session; fails when one is on, or the page cannot listen where asked (the reason said). */
    CompletableFuture<ClassJoin> start(ClassStart start);

    /** Hears every event of every session from now on, on the session's own thread; close to stop. */
    AutoCloseable subscribe(Consumer<ClassEvent> listener);

    /** Opens a question of the session: students see it and answer. */
    CompletableFuture<Void> ask(String questionId);

    /** Reveals the open question's answer: answers close, students see who was right and why. */
    CompletableFuture<Void> reveal();

    /** Ends the session (students are told, the page stops listening); its summary. Ending none fails. */
    CompletableFuture<ClassSummary> end();

    /**
     * Closes every connection student {@code studentNumber} (as numbered in the session's events)
     * has open to the lab's servers, each pane saying why; done with how many were open.
     */
    CompletableFuture<Integer> dropConnections(int studentNumber);

    /** A lab that runs nothing (a replay): every command fails with {@code reason}. */
    static ClassPort refusing(String reason) {
        return new ClassPort() {
            private <T> CompletableFuture<T> refused() {
                return CompletableFuture.failedFuture(new CommandRefused(reason));
            }

            @Override
            public CompletableFuture<ClassJoin> start(ClassStart start) {
                return refused();
            }

            @Override
            public AutoCloseable subscribe(Consumer<ClassEvent> listener) {
                return () -> { };
            }

            @Override
            public CompletableFuture<Void> ask(String questionId) {
                return refused();
            }

            @Override
            public CompletableFuture<Void> reveal() {
                return refused();
            }

            @Override
            public CompletableFuture<ClassSummary> end() {
                return refused();
            }

            @Override
            public CompletableFuture<Integer> dropConnections(int studentNumber) {
                return refused();
            }
        };
    }
}
