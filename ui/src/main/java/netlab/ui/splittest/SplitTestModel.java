package netlab.ui.splittest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.port.LabCommands;
import netlab.engine.port.RunningSplitTest;
import netlab.engine.splittest.CaseResult;
import netlab.engine.splittest.Conversation;
import netlab.engine.splittest.ConversationFile;
import netlab.engine.splittest.SplitTestOptions;
import netlab.engine.splittest.SplitTestProgress;
import netlab.engine.splittest.SplitTestResult;
import netlab.ui.events.Completions;

/**
 * The split test view's state: the server and conversation to test, the test in progress (its
 * cases as they end, for the grid), the verdict, the case looked at (its chunk map) and the
 * recording of the shrunk failure. The test runs in the engine, through the command port.
 */
public final class SplitTestModel {
    static final String SAMPLE = """
            # one exchange a line: REQUEST => RESPONSE (escaped, or text: / hex:)
            hello\\n => HELLO\\n
            split me\\r\\n => SPLIT ME\\r\\n
            bye\\n => BYE\\n
            """;

    private final LabCommands commands;
    private final Executor ui;
    private final StringProperty target = new SimpleStringProperty("127.0.0.1:7000");
    private final StringProperty framing = new SimpleStringProperty("lines");
    private final StringProperty conversation = new SimpleStringProperty(SAMPLE);
    private final StringProperty cases = new SimpleStringProperty(String.valueOf(SplitTestOptions.DEFAULT_CASES));
    private final StringProperty seed = new SimpleStringProperty("1");
    private final BooleanProperty learn = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ObservableList<CaseResult> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CaseResult> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> recording = new ReadOnlyObjectWrapper<>();
    private RunningSplitTest run;
    private long runs;

    public SplitTestModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
    }

    /** Starts a test with what the form says; a mistake in it is said in {@link #messageProperty()} instead. */
    public void start() {
        if (running.get()) {
            return;
        }
        SplitTestOptions options;
        Conversation c;
        try {
            options = options();
            c = ConversationFile.parse(conversation.get(), "the conversation", learn.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        long thisRun = ++runs;
        rows.clear();
        selected.set(null);
        recording.set(null);
        verdict.set("");
        failed.set(false);
        progress.set(0);
        message.set("");
        running.set(true);
        commands.startSplitTest(options, c, learn.get(), p -> ui.execute(() -> heard(thisRun, p))).whenComplete((r, error) ->
                ui.execute(() -> {
                    if (thisRun != runs) {
                        return;
                    }
                    if (error != null) {
                        running.set(false);
                        message.set(Completions.unwrap(error).getMessage());
                        return;
                    }
                    run = r;
                    r.result().whenComplete((result, e) -> ui.execute(() -> finished(thisRun, result, e)));
                }));
    }

    private SplitTestOptions options() {
        String t = target.get().strip();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("the server is HOST:PORT, e.g. 127.0.0.1:7000, was '" + t + "'");
        }
        String host = t.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
            casesNumber();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port, the cases and the seed are whole numbers");
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "netlab-splittest-" + System.currentTimeMillis() + ".netlab.jsonl");
        return SplitTestOptions.of(new HostPort(host, Ports.checkConnect(port)), SplitTestOptions.framing(framing.get()))
                .withCases(casesNumber()).withSeed(Long.parseLong(seed.get().strip())).withTimeout(Duration.ofSeconds(2))
                .withRecordTo(file);
    }

    private int casesNumber() {
        return Integer.parseInt(cases.get().strip());
    }

    private void heard(long thisRun, SplitTestProgress p) {
        if (thisRun != runs) {
            return;
        }
        if (p.latest() != null && p.phase().equals("running")) {
            rows.add(p.latest());
            if (selected.get() == null && !p.latest().passed()) {
                selected.set(p.latest());
            }
        }
        progress.set(p.planned() == 0 ? 0 : (double) p.done() / p.planned());
        message.set(p.phase());
    }

    private void finished(long thisRun, SplitTestResult r, Throwable error) {
        if (thisRun != runs) {
            return;
        }
        running.set(false);
        run = null;
        if (error != null) {
            message.set(Completions.unwrap(error).getMessage());
            return;
        }
        progress.set(1);
        message.set("");
        verdict.set(r.verdict());
        failed.set(!r.allPassed());
        r.shrunk().ifPresent(s -> {
            rows.add(s);
            selected.set(s);
        });
        recording.set(r.recording().orElse(null));
    }

    /** Ends the test in progress; what ran so far stays in the grid. */
    public void stop() {
        RunningSplitTest r = run;
        if (r != null) {
            r.stop();
        }
    }

    /** The chunk map of the case looked at: its writes as Python prints them. */
    public Optional<String> selectedChunkMap() {
        CaseResult c = selected.get();
        return c == null ? Optional.empty() : Optional.of(c.chunkMap());
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty framingProperty() {
        return framing;
    }

    public StringProperty conversationProperty() {
        return conversation;
    }

    public StringProperty casesProperty() {
        return cases;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public BooleanProperty learnProperty() {
        return learn;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ObservableList<CaseResult> rows() {
        return rows;
    }

    public ObjectProperty<CaseResult> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Path> recordingProperty() {
        return recording.getReadOnlyProperty();
    }
}
