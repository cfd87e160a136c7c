package netlab.ui;

import netlab.ui.testing.LivePorts;
import netlab.ui.lab.LabOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingFormat;
import netlab.engine.record.RecordingReader;
import netlab.ui.replay.ReplayWindow;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closing the window finishes its recording; and every kind of bad file opened in the window says
 * what is wrong: refused in a warning, or opened with its notes above the replay.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingEndsAndDamageWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEchoRelay()), List.of(TestPresets.streamEchoCode()),
                Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        closeOthers();
        w.close();
    }

    /** Closes every window but the test's own (replays, warnings). */
    private void closeOthers() {
        Fx.run(() -> javafx.stage.Window.getWindows().stream().filter(x -> x instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() != w.root()).toList().forEach(x -> ((Stage) x).close()));
    }

    @Test
    void closingTheWindowFinishesItsRecording() throws Exception {
        Path file = dir.resolve("closed" + RecordingFormat.EXTENSION);
        try (Lab lab = new Lab()) {
            AtomicReference<Stage> stage = new AtomicReference<>();
            AtomicReference<LabWindow> window = new AtomicReference<>();
            Fx.run(() -> {
                stage.set(new Stage());
                window.set(LabWindow.show(stage.get(), LivePorts.of(lab), new LabOptions(Locale.ENGLISH, List.of(), List.of(), Settings.inMemory())));
                window.get().model().recording().start(file);
            });
            int port = lab.startServer(ServerSpec.builder().port(0).build()).get(Fx.T).port();
            Fx.await(() -> window.get().model().recording().eventsProperty().get() >= 3, "the recording has the server's start");
            Fx.run(() -> stage.get().close());
            Fx.await(() -> Files.readString(file).endsWith("\"reason\":\"the window was closed\"}\n"), "the file is finished");
            Recording r = new RecordingReader().read(file);
            assertThat(r.complete()).isTrue();
            assertThat(r.notes()).isEmpty();
            assertThat(r.events().stream().map(e -> e.text()).toList()).contains("starting up on 127.0.0.1 port " + port);
        }
    }

    private static final String HEADER = "{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":1,\"netlab\":\"test\","
            + "\"labStarted\":\"2024-01-01T00:00:00Z\",\"recordingStarted\":\"2024-01-01T00:00:01Z\"}\n";
    private static final String EVENT = "{\"type\":\"event\",\"seq\":%d,\"t\":%d,\"kind\":\"LOG\",\"origin\":{\"endpoint\":\"lab\","
            + "\"role\":\"LAB\",\"label\":\"main\"},\"logger\":\"main\",\"text\":\"line %d\"}\n";

    /** Opens {@code file} as Open a recording does and returns the warning the window shows. */
    private String refused(Path file) {
        Fx.run(() -> w.window.model().openRecording(file));
        Fx.await(() -> dialog() != null, "a warning is shown for " + file.getFileName());
        String text = Fx.on(() -> dialog().getHeaderText() + "\n" + dialog().getContentText());
        closeOthers();
        return text;
    }

    private static DialogPane dialog() {
        return Fx.on(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.isShowing() && x.getScene() != null
                && x.getScene().getRoot() instanceof DialogPane).map(x -> (DialogPane) x.getScene().getRoot()).findFirst().orElse(null));
    }

    /** Opens {@code file} and returns the notes above its replay. */
    private String opened(Path file, int events) {
        Fx.run(() -> w.window.model().openRecording(file));
        Fx.await(() -> replayWindow() != null, "the replay of " + file.getFileName() + " opened");
        ReplayWindow r = replayWindow();
        assertThat(Fx.on(() -> r.player().size())).isEqualTo(events);
        String notes = Fx.on(() -> ((Label) r.root().lookup("#replay-notes")).getText());
        closeOthers();
        Fx.await(() -> replayWindow() == null, "the replay closed");
        return notes;
    }

    private static ReplayWindow replayWindow() {
        return Fx.on(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.isShowing() && x.getScene() != null)
                .map(x -> x.getScene().getRoot().getProperties().get(ReplayWindow.class)).filter(o -> o != null)
                .map(o -> (ReplayWindow) o).findFirst().orElse(null));
    }

    @Test
    void everyKindOfBadFileSaysWhatIsWrongInTheWindow() throws Exception {
        Path notJson = dir.resolve("notes.txt");
        Files.writeString(notJson, "remember to bring the slides\n");
        assertThat(refused(notJson)).startsWith("This file cannot be replayed\n" + notJson + ": not a NetLab recording (its first line is not valid JSON");

        Path newer = dir.resolve("newer" + RecordingFormat.EXTENSION);
        Files.writeString(newer, HEADER.replace("\"version\":1", "\"version\":2"));
        assertThat(refused(newer)).endsWith(newer + ": this recording is format version 2, made by a newer NetLab; "
                + "this NetLab reads version 1: update NetLab to open it");

        Path malformed = dir.resolve("malformed" + RecordingFormat.EXTENSION);
        Files.writeString(malformed, HEADER + EVENT.formatted(1, 10, 1) + "{\"type\":\"event\",\"seq\":2,\"kind\n"
                + EVENT.formatted(3, 30, 3) + "{\"type\":\"end\"}\n");
        assertThat(opened(malformed, 2)).startsWith("line 3 was left out: not valid JSON");

        Path truncated = dir.resolve("truncated" + RecordingFormat.EXTENSION);
        Files.writeString(truncated, HEADER + EVENT.formatted(1, 10, 1) + EVENT.formatted(2, 20, 2) + "{\"type\":\"event\",\"se");
        assertThat(opened(truncated, 2)).isEqualTo("line 4 is cut short (the recording stopped while writing it): opened the 2 events before it");

        Path huge = dir.resolve("huge" + RecordingFormat.EXTENSION);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(huge))) {
            out.write((HEADER + EVENT.formatted(1, 10, 1)).getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"event\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= RecordingFormat.MAX_LINE_BYTES; n += block.length) {
                out.write(block);
            }
            out.write(("\"}\n" + EVENT.formatted(2, 20, 2) + "{\"type\":\"end\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(opened(huge, 2)).isEqualTo("line 3 is over 32 MiB long and was left out");
    }
}
