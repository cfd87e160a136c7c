package netlab.ui.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.net.Ports;
import netlab.engine.net.HostPort;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerSpec;
import netlab.engine.load.LoadMode;
import netlab.engine.load.LoadProgress;
import netlab.engine.load.LoadResult;
import netlab.engine.load.LoadSpec;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.engine.port.RunningLoad;
import netlab.ui.events.Completions;

/**
 * The load panel's state: what to load, the run in progress (its samples, twice a second, for the
 * live charts), and every result of this session, side by side for comparison. The run itself
 * has its own event loop in the engine; this model only hears from it twice a second.
 */
public final class LoadPanelModel {
    /** Samples kept for the charts: two minutes at two a second. */
    static final int MAX_SAMPLES = 240;

    private final LabCommands commands;
    private final LabFiles files;
    private final Executor ui;
    private final ObservableList<LoadTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<LoadTarget> target = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("127.0.0.1");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty connections = new SimpleStringProperty("50");
    private final StringProperty size = new SimpleStringProperty("1024");
    private final StringProperty duration = new SimpleStringProperty("10");
    private final StringProperty warmup = new SimpleStringProperty("2");
    private final ObjectProperty<LoadMode> mode = new SimpleObjectProperty<>(LoadMode.PINGPONG);
    private final BooleanProperty useTarget = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<LoadProgress> samples = FXCollections.observableArrayList();
    private final ObservableList<LoadResult> results = FXCollections.observableArrayList();
    private final DoubleProperty baselineRps = new SimpleDoubleProperty(Double.NaN);
    private RunningLoad run;
    /** Counts starts, so that the end of a run replaced by a newer one is not taken for the newer one's. */
    private long runs;

    public LoadPanelModel(LabCommands commands, LabFiles files, Executor ui) {
        this.commands = commands;
        this.files = files;
        this.ui = ui;
        results.addListener((javafx.collections.ListChangeListener<LoadResult>) c ->
                baselineRps.set(results.isEmpty() ? Double.NaN : results.get(0).requestsPerSecond()));
    }

    /** Refreshes the list of the bench's listening TCP servers (the engine's state is read, nothing waits). */
    public void refreshTargets() {
        List<LoadTarget> now = new ArrayList<>();
        for (EndpointInfo e : commands.endpoints()) {
            if (e.spec() instanceof ServerSpec spec && e.state() == EndpointState.RUNNING && e.address() instanceof HostPort a) {
                String host = connectHost(spec.hostPort().host());
                now.add(new LoadTarget(e.id() + " · " + spec.behavior().id() + " · " + a, host, a.port()));
            }
        }
        LoadTarget chosen = target.get();
        targets.setAll(now);
        if (chosen == null || !now.contains(chosen)) {
            target.set(now.isEmpty() ? null : now.get(now.size() - 1));
        }
    }

    private static String connectHost(String bind) {
        return switch (bind) {
            case "0.0.0.0", "", "*" -> "127.0.0.1";
            case "::" -> "::1";
            default -> bind;
        };
    }

    /** Starts a run with what the form says; a wrong value is said in the message and nothing starts. */
    public void start() {
        if (running.get()) {
            return;
        }
        LoadSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        samples.clear();
        progress.set(0);
        running.set(true);
        message.set("");
        long number = ++runs;
        Completions.onDone(commands.startLoad(spec, p -> ui.execute(() -> onProgress(p))), ui, (started, error) -> {
            if (error != null) {
                ended(number, null, error);
                return;
            }
            if (number == runs) {
                run = started;
            }
            Completions.onDone(started.result(), ui, (r, failed) -> ended(number, r, failed));
        });
    }

    private void ended(long number, LoadResult r, Throwable error) {
        if (number == runs) {
            run = null;
        }
        running.set(false);
        progress.set(1);
        if (error != null) {
            message.set(String.valueOf(error.getMessage()));
        } else {
            results.add(r);
            message.set(r.mismatches() > 0 ? r.mismatches() + " echoes differ from what was sent"
                    : r.errors() > 0 ? r.errors() + " errors: " + r.firstError() : "");
        }
    }

    /** Writes every result of this session to {@code file} as JSON Lines, off the UI thread; a failure is said in the message. */
    public void save(java.nio.file.Path file) {
        StringBuilder lines = new StringBuilder();
        for (LoadResult r : results) {
            lines.append(r.toJson()).append('\n');
        }
        Completions.onDone(files.writeText(file, lines.toString()), ui, (v, error) ->
                message.set(error == null ? "saved " + results.size() + " results to " + file
                        : "cannot save " + file + ": " + (error.getMessage() == null ? error : error.getMessage())));
    }

    LoadSpec spec() {
        String h;
        int p;
        if (useTarget.get()) {
            LoadTarget t = target.get();
            if (t == null) {
                throw new IllegalArgumentException("no server of the bench listens: start one, or give a host and port");
            }
            h = t.host();
            p = t.port();
        } else {
            h = host.get();
            p = number("port", port.get());
        }
        return LoadSpec.builder().target(new HostPort(h, Ports.checkConnect(p))).connections(number("connections", connections.get()))
                .size(number("size", size.get())).duration(seconds("duration", duration.get()))
                .warmup(seconds("warm-up", warmup.get())).mode(mode.get()).build();
    }

    private static int number(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, was '" + text + "'");
        }
    }

    private static Duration seconds(String what, String text) {
        try {
            double s = Double.parseDouble(text.strip());
            if (Double.isNaN(s) || s < 0 || s > 3600) {
                throw new IllegalArgumentException(what + " must be 0 to 3600 seconds, was " + text);
            }
            return Duration.ofNanos((long) (s * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number of seconds, was '" + text + "'");
        }
    }

    private void onProgress(LoadProgress p) {
        progress.set(p.fraction());
        samples.add(p);
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(0, samples.size() - MAX_SAMPLES);
        }
    }

    /** Ends the run now; its result covers what was measured so far. */
    public void stop() {
        if (run != null) {
            run.stop();
        }
    }

    /** Drops the results of this session. */
    public void clearResults() {
        results.clear();
    }

    public ObservableList<LoadTarget> targets() {
        return targets;
    }

    public ObjectProperty<LoadTarget> targetProperty() {
        return target;
    }

    public BooleanProperty useTargetProperty() {
        return useTarget;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty connectionsProperty() {
        return connections;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty warmupProperty() {
        return warmup;
    }

    public ObjectProperty<LoadMode> modeProperty() {
        return mode;
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

    public ObservableList<LoadProgress> samples() {
        return samples;
    }

    public ObservableList<LoadResult> results() {
        return results;
    }

    /** The first result's requests/s: the others are compared with it. */
    public DoubleProperty baselineRpsProperty() {
        return baselineRps;
    }
}
