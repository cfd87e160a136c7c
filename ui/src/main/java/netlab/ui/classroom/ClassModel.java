package netlab.ui.classroom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import netlab.engine.classroom.ClassEvent;
import netlab.engine.classroom.ClassSummary;
import netlab.engine.classroom.Histogram;
import netlab.engine.classroom.MomentWatch;
import netlab.engine.classroom.Student;
import netlab.engine.event.LabEvent;
import netlab.engine.port.ClassPort;
import netlab.engine.port.ClassPort.ClassJoin;
import netlab.engine.port.ClassPort.ClassStart;
import netlab.engine.port.LabFiles;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.ui.i18n.Problem;

/**
 * The class in the window (issue 14), as the projector shows it: how to join, who joined, the
 * question open now with its live histogram, the reveal, and the summary at the end. It hears the
 * class port's events (on the session's thread) and applies them on the FX thread; every command
 * goes through the port and says its failure in {@link #messageProperty()}.
 */
public final class ClassModel implements AutoCloseable {
    /** Where the student page listens: this machine only, or every interface (the class's LAN). */
    public enum Reach {
        THIS_MACHINE("127.0.0.1"), CLASS_NETWORK("0.0.0.0");

        private final String host;

        Reach(String host) {
            this.host = host;
        }

        public String host() {
            return host;
        }
    }

    private final ClassPort port;
    private final LabFiles files;
    private final Executor ui;
    private final AutoCloseable subscription;
    private final ReadOnlyObjectWrapper<ClassJoin> join = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper students = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper of = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ClassSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> message = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Problem> notice = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Question> moment = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<Student> roster = javafx.collections.FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call listens weakly and would be collected with its listeners. */
    private final javafx.collections.ObservableList<Student> rosterView = javafx.collections.FXCollections.unmodifiableObservableList(roster);
    private List<Question> questions = List.of();
    /** Finds the questions' moments in the events shown while a class is on; null when none is. */
    private MomentWatch watch;

    public ClassModel(ClassPort port, LabFiles files, Executor ui) {
        this.port = port;
        this.files = files;
        this.ui = ui;
        this.subscription = port.subscribe(e -> ui.execute(() -> apply(e)));
    }

    /** Starts a class on {@code preset}'s questions; says why not when it asks none or the page cannot listen. */
    public CompletableFuture<ClassJoin> start(Preset preset, Reach reach) {
        if (preset == null || preset.questions().isEmpty()) {
            message.set(preset == null ? Problem.of("class.problem.no-preset") : Problem.of("class.problem.no-questions", preset.id()));
            return CompletableFuture.failedFuture(new IllegalStateException(message.get().key()));
        }
        if (join.get() != null || starting.get()) {
            message.set(Problem.of("class.problem.on"));
            return CompletableFuture.failedFuture(new IllegalStateException(message.get().key()));
        }
        starting.set(true);
        message.set(null);
        summary.set(null);
        questions = preset.questions();
        CompletableFuture<ClassJoin> started = port.start(new ClassStart(preset.title().english(), questions, reach.host(), 0));
        return started.whenCompleteAsync((j, e) -> {
            starting.set(false);
            if (e != null) {
                message.set(Problem.raw(reason(e)));
            } else {
                join.set(j);
                of.set(questions.size());
                watch = new MomentWatch(questions);
            }
        }, ui);
    }

    /** Opens the next question not asked yet (the first when all were): students see it and answer. */
    public CompletableFuture<Void> askNext() {
        return nextQuestion().map(q -> command(port.ask(q.id())))
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("no class is on")));
    }

    /** The question {@link #askNext()} opens, if a class is on. */
    public Optional<Question> nextQuestion() {
        if (join.get() == null || questions.isEmpty()) {
            return Optional.empty();
        }
        Question now = question.get();
        int at = now == null ? -1 : questions.indexOf(now);
        return Optional.of(questions.get((at + 1) % questions.size()));
    }

    /**
     * Fed every event the window is about to show, in order: whether {@code e} is the moment of a
     * question of the class on now. While stepping, the question is asked there and the step ends
     * in front of {@code e}, so the class predicts what the next press shows.
     */
    public boolean atMoment(LabEvent e, boolean stepping) {
        if (watch == null) {
            return false;
        }
        List<Question> reached = watch.reached(e);
        if (reached.isEmpty() || !stepping) {
            return false;
        }
        moment.set(reached.get(0));
        command(port.ask(reached.get(0).id()));
        return true;
    }

    public CompletableFuture<Void> reveal() {
        return command(port.reveal());
    }

    /** Ends the class: the page stops listening, the summary stays to be saved. */
    public CompletableFuture<ClassSummary> end() {
        return port.end().whenCompleteAsync((s, e) -> {
            if (e != null) {
                message.set(Problem.raw(reason(e)));
            } else {
                summary.set(s);
            }
        }, ui);
    }

    /** Saves the summary (counts per question and answer, no names) as CSV. */
    public CompletableFuture<Void> saveSummary(Path file) {
        ClassSummary s = summary.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no summary: end a class first"));
        }
        return files.writeText(file, s.toCsv()).whenCompleteAsync((v, e) ->
                message.set(e == null ? null : Problem.of("class.problem.save", file, reason(e))), ui);
    }

    /** Closes every connection {@code student}'s own clients have open to the lab's servers (each pane says why). */
    public CompletableFuture<Integer> dropConnections(Student student) {
        return command(port.dropConnections(student.number()));
    }

    private <T> CompletableFuture<T> command(CompletableFuture<T> sent) {
        return sent.whenCompleteAsync((v, e) -> message.set(e == null ? null : Problem.raw(reason(e))), ui);
    }

    private void apply(ClassEvent e) {
        switch (e) {
            case ClassEvent.Snapshot s -> {
                students.set((int) s.state().students().stream().filter(x -> x.connected()).count());
                roster.setAll(s.state().students().stream().map(x -> x.student()).toList());
            }
            case ClassEvent.StudentJoined j -> {
                students.set(j.students());
                if (!j.returning()) {
                    roster.add(j.student());
                }
            }
            case ClassEvent.StudentLeft l -> students.set(Math.max(0, students.get() - 1));
            case ClassEvent.QuestionAsked q -> {
                revealed.set(false);
                number.set(q.number());
                of.set(q.of());
                question.set(q.question());
                histogram.set(q.histogram());
            }
            case ClassEvent.AnswersChanged a -> histogram.set(a.histogram());
            case ClassEvent.AnswerRevealed r -> {
                histogram.set(r.histogram());
                revealed.set(true);
            }
            case ClassEvent.Notice n -> notice.set(Problem.of("class.notice." + n.kind().name().toLowerCase(java.util.Locale.ROOT),
                    n.args().toArray()));
            case ClassEvent.Ended end -> {
                watch = null;
                moment.set(null);
                join.set(null);
                question.set(null);
                histogram.set(null);
                revealed.set(false);
                summary.set(end.summary());
                roster.clear();
            }
        }
    }

    private static String reason(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    public ReadOnlyObjectProperty<ClassJoin> joinProperty() {
        return join.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty studentsProperty() {
        return students.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty ofProperty() {
        return of.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What went wrong with the last command; null when it went well. */
    public ReadOnlyObjectProperty<Problem> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The question whose moment the step-through stopped in front of last; null before any. */
    public ReadOnlyObjectProperty<Question> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** Every student who joined the class on now, in the order they joined (read-only). */
    public javafx.collections.ObservableList<Student> roster() {
        return rosterView;
    }

    /** The last notice of the session's server (a refusal, a cap), for the teacher; its words are the window's. */
    public javafx.beans.property.ReadOnlyObjectProperty<Problem> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Stops hearing the port and ends a class that is on (the window closes). */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // removing a listener does not fail
        }
        if (join.get() != null) {
            port.end();
        }
    }
}
