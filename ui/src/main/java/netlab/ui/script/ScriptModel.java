package netlab.ui.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.bytes.Bytes;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.engine.script.Script;
import netlab.engine.script.ScriptFile;
import netlab.engine.script.ScriptListener;
import netlab.engine.script.ScriptResult;
import netlab.engine.script.Step;
import netlab.ui.events.Completions;

/**
 * The Script tab's state: a script read through the file port, its steps as rows (a repeat's steps
 * under it), run through the command port with each row lit as its step runs, passes or fails;
 * what was sent and received, and how it ended. No nodes.
 */
public final class ScriptModel {
    /** One step as the list shows it; {@code key} is its place ({@code 4.1}: repeat 4's first step). */
    public static final class Row {
        private final String key;
        private final String text;
        private final ReadOnlyObjectWrapper<ScriptListener.Status> status = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyObjectWrapper<String> detail = new ReadOnlyObjectWrapper<>("");

        Row(String key, String text) {
            this.key = key;
            this.text = text;
        }

        public String key() {
            return key;
        }

        public String text() {
            return text;
        }

        /** Null before it ran in this run. */
        public ReadOnlyObjectProperty<ScriptListener.Status> statusProperty() {
            return status.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<String> detailProperty() {
            return detail.getReadOnlyProperty();
        }
    }

    private final LabCommands commands;
    private final LabFiles files;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> fileName = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ScriptResult> result = new ReadOnlyObjectWrapper<>();
    private Script script;
    /** Scripts a workspace brought beyond the one shown: saved back with it, not dropped. */
    private List<Script> others = List.of();

    public ScriptModel(LabCommands commands, LabFiles files, Executor ui) {
        this.commands = commands;
        this.files = files;
        this.ui = ui;
    }

    /** Reads a script; its steps become the rows, its "to" the target. */
    public void load(Path file) {
        Completions.onDone(files.readScript(file), ui, (loaded, error) -> {
            if (error != null) {
                outcome.set(Completions.unwrap(error).getMessage());
                return;
            }
            show(loaded, file.getFileName().toString());
        });
    }

    private void show(Script loaded, String from) {
        script = loaded;
        fileName.set(from);
        target.set(loaded.to().map(t -> t.host() + ":" + t.port()).orElse(""));
        List<Row> out = new ArrayList<>();
        flatten(loaded.steps(), "", out);
        rows.setAll(out);
        log.clear();
        result.set(null);
        outcome.set(null);
    }

    /**
     * The scripts to save with the window's workspace: the one shown, with the target typed (when
     * it is one), then any others the workspace opened had; none when no script is loaded.
     */
    public List<Script> forWorkspace() {
        List<Script> out = new ArrayList<>();
        if (script != null) {
            Script shown = script;
            try {
                shown = target.get().isBlank() ? script : script.withTarget(ScriptFile.hostPort(target.get().strip()));
            } catch (IllegalArgumentException e) {
                // a half-typed target is not saved; the script's own is
            }
            out.add(shown);
        }
        out.addAll(others);
        return out;
    }

    /** A workspace was opened from {@code from}: its first script is shown, ready to run; none leaves the tab as it is. FX thread. */
    public void restore(List<Script> scripts, String from) {
        if (scripts.isEmpty()) {
            return;
        }
        show(scripts.get(0), from);
        others = List.copyOf(scripts.subList(1, scripts.size()));
    }

    private static void flatten(List<Step> steps, String prefix, List<Row> out) {
        for (int i = 0; i < steps.size(); i++) {
            String key = prefix + (i + 1);
            out.add(new Row(key, steps.get(i).describe()));
            if (steps.get(i) instanceof Step.Repeat r) {
                flatten(r.steps(), key + ".", out);
            }
        }
    }

    /** Runs the loaded script against the target (HOST:PORT, or the script's own); false when it cannot start. */
    public boolean run() {
        if (script == null || running.get()) {
            return false;
        }
        Script toRun;
        try {
            toRun = target.get().isBlank() ? script : script.withTarget(ScriptFile.hostPort(target.get()));
        } catch (IllegalArgumentException e) {
            outcome.set(e.getMessage());
            return false;
        }
        rows.forEach(r -> {
            r.status.set(null);
            r.detail.set("");
        });
        log.clear();
        outcome.set(null);
        result.set(null);
        running.set(true);
        Completions.onDone(commands.runScript(toRun, new Listener()), ui, (r, error) -> {
            running.set(false);
            if (error != null) {
                outcome.set(Completions.unwrap(error).getMessage());
                return;
            }
            result.set(r);
            outcome.set(r.describe());
        });
        return true;
    }

    /** Hears the runner on its thread and lights the rows on the UI thread. */
    private final class Listener implements ScriptListener {
        @Override
        public void step(String number, Step step, Status status, String detail) {
            String key = templateKey(number);
            String round = roundOf(number);
            ui.execute(() -> rows.stream().filter(r -> r.key.equals(key)).findFirst().ifPresent(r -> {
                r.status.set(status);
                r.detail.set(detail.isEmpty() ? round : round.isEmpty() ? detail : round + ": " + detail);
            }));
        }

        @Override
        public void sent(Bytes data) {
            String line = "▲ sent " + data.repr();
            ui.execute(() -> log.add(line));
        }

        @Override
        public void received(Bytes data) {
            String line = "▼ received " + data.repr();
            ui.execute(() -> log.add(line));
        }
    }

    /** {@code 4.2.1} (round 2 of repeat 4, its first step) is row {@code 4.1}. */
    static String templateKey(String number) {
        String[] parts = number.split("\\.");
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i += 2) {
            key.append(key.isEmpty() ? "" : ".").append(parts[i]);
        }
        return key.toString();
    }

    private static String roundOf(String number) {
        String[] parts = number.split("\\.");
        return parts.length >= 3 ? "round " + parts[parts.length - 2] : "";
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> log() {
        return log;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** How the last run ended, or why the file could not be read; null before. */
    public ReadOnlyObjectProperty<String> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScriptResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
