package netlab.ui.recording;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import netlab.engine.lab.Lab;
import netlab.engine.record.RecordingFormat;
import netlab.engine.record.RecordingHeader;
import netlab.engine.record.RecordingWriter;
import netlab.ui.i18n.Problem;
import netlab.ui.views.LabPart;

/**
 * The window's recording: started and stopped by a person, written by the engine's
 * {@link RecordingWriter} on its own thread (the UI thread only starts it and reads its figures
 * once a frame). Says how big the file has grown, and says it loudly when the writer fell behind
 * and the recording is not complete.
 */
public final class RecordingModel implements LabPart {
    private final Lab lab;
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper events = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper missed = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();
    private RecordingWriter writer;

    public RecordingModel(Lab lab) {
        this.lab = lab;
    }

    /** A file name for a recording made now: {@code netlab-20250101-093000.netlab.jsonl}. */
    public static String suggestedName() {
        return "netlab-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + RecordingFormat.EXTENSION;
    }

    /** Starts recording every event from now on into {@code target}; no I/O here (the writer's thread makes the file). */
    public void start(Path target) {
        if (writer != null) {
            return;
        }
        writer = RecordingWriter.start(lab.events(), target, RecordingHeader.now(lab.events().clock().startedAt(), "lab window"));
        file.set(target);
        events.set(0);
        bytes.set(0);
        missed.set(0);
        problem.set(null);
        recording.set(true);
    }

    /** Stops: what is queued is written, then the end line; {@link #recordingProperty()} turns false once the file is done. */
    public void stop() {
        stop("stopped");
    }

    /** As {@link #stop()}, with why it stopped for the file's end line. */
    public void stop(String reason) {
        if (writer != null) {
            writer.stop(reason);
        }
    }

    public void toggle(Path target) {
        if (writer == null) {
            start(target);
        } else {
            stop();
        }
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

    /** Waits (bounded) for a recording to be finished: for the app, as the window closes. Not on the UI thread. */
    public void awaitFinished(Duration timeout) {
        RecordingWriter w = writer;
        if (w != null) {
            try {
                w.stop("the window was closed").get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // what the file holds by now is what there is
            }
        }
    }

    @Override
    public Node node() {
        return null;
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
