package netlab.ui.recording;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import netlab.engine.event.LabEvent;
import netlab.engine.port.LabCommands;
import netlab.engine.port.RunningRecording;
import netlab.engine.record.RecordingFormat;
import netlab.engine.record.RecordingWriter;
import netlab.ui.events.Completions;
import netlab.ui.i18n.Problem;
import netlab.ui.views.LabSubscriber;

/**
 * The window's recording: started and stopped by a person through the command port, written by
 * the engine on a thread of its own (the UI thread only starts it and reads its figures once a
 * frame). Says how big the file has grown, and says it loudly when the writer fell behind
 * and the recording is not complete.
 */
public final class RecordingModel implements LabSubscriber {
    private final LabCommands commands;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper events = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper missed = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();
    /** The recording running, once the lab said it started; null otherwise. */
    private RunningRecording writer;
    /** A start asked for and not answered yet. */
    private boolean starting;
    /** Why a recording asked to stop while it was starting should stop once it has; null: it should not. */
    private String stopOnStart;
    /** The end of the recording running or the last one, done when its file is whole. */
    private CompletableFuture<RecordingWriter.Status> finished = CompletableFuture.completedFuture(null);

    public RecordingModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
    }

    /** A file name for a recording made now: {@code netlab-20250101-093000.netlab.jsonl}. */
    public static String suggestedName() {
        return "netlab-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + RecordingFormat.EXTENSION;
    }

    /** Starts recording every event from now on into {@code target}; no I/O here (the writer's thread makes the file). */
    public void start(Path target) {
        if (writer != null || starting) {
            return;
        }
        starting = true;
        file.set(target);
        events.set(0);
        bytes.set(0);
        missed.set(0);
        problem.set(null);
        recording.set(true);
        Completions.onDone(commands.record(target, "lab window"), ui, (running, error) -> {
            starting = false;
            if (error != null) {
                recording.set(false);
                problem.set(Problem.of("recording.failed", String.valueOf(error.getMessage())));
                return;
            }
            writer = running;
            if (stopOnStart != null) {
                finished = running.stop(stopOnStart);
                stopOnStart = null;
            }
        });
    }

    /** Stops: what is queued is written, then the end line; {@link #recordingProperty()} turns false once the file is done. */
    public void stop() {
        stop("stopped");
    }

    /**
     * As {@link #stop()}, with why it stopped for the file's end line; done with the last figures
     * once the file is whole (at once when nothing records).
     */
    public CompletableFuture<RecordingWriter.Status> stop(String reason) {
        if (writer != null) {
            finished = writer.stop(reason);
        } else if (starting) {
            stopOnStart = reason;
        }
        return finished;
    }

    public void toggle(Path target) {
        if (writer == null && !starting) {
            start(target);
        } else {
            stop();
        }
    }

    @Override
    public void accept(LabEvent event) {
    }

    /** Once a frame: the writer's figures, and its end. */
    @Override
    public void commit() {
        if (writer == null) {
            return;
        }
        RecordingWriter.Status s = writer.status();
        events.set(s.events());
        bytes.set(s.bytes());
        missed.set(s.missed());
        if (s.failure() != null) {
            problem.set(Problem.of("recording.failed", s.failure()));
        } else if (s.missed() > 0) {
            problem.set(Problem.of("recording.incomplete", s.missed()));
        }
        if (s.finished()) {
            writer = null;
            recording.set(false);
            if (s.failure() == null) {
                lastFile.set(s.file());
            }
        }
    }


    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    /** Events the writer could not keep up with (0 for a complete recording). */
    public ReadOnlyLongProperty missedProperty() {
        return missed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The file of the last recording that finished, for a pcap export. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    /** The recording in progress or the last one made: where every byte of this window's connections is kept. */
    public Path kept() {
        return writer != null ? file.get() : lastFile.get();
    }
}
