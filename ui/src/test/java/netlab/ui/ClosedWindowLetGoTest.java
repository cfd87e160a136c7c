package netlab.ui;

import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.lab.LabOptions;
import netlab.ui.lab.LabViewModel;
import netlab.ui.testing.Fx;
import netlab.ui.testing.LivePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lab window that was closed (a replay's, a second one) is let go with all it showed: nothing
 * the toolkit runs each frame still holds it, as the loop-lag gauge's timer did, and no text area
 * of its panes stays subscribed to RichTextFX's static streams, as a replay's did.
 */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowLetGoTest {
    private final Lab lab = new Lab();

    @Start
    void start(Stage stage) {
        // the toolkit; the window under test gets a stage of its own
    }

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void aClosedWindowIsCollected() {
        AtomicReference<WeakReference<LabViewModel>> model = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Fx.run(() -> {
            stage.set(new Stage());
            LabWindow window = LabWindow.show(stage.get(), LivePorts.of(lab), LabOptions.bare(Locale.ENGLISH));
            model.set(new WeakReference<>(window.model()));
        });
        Fx.await(() -> model.get().get() != null && stage.get().isShowing(), "the window shows");
        Fx.run(() -> stage.get().close());
        stage.set(null);
        awaitCollected(model.get());
    }

    @Test
    void aClosedReplayWindowIsCollected() {
        netlab.ui.testing.SyntheticEvents ev = new netlab.ui.testing.SyntheticEvents();
        netlab.engine.event.Origin conn = netlab.ui.testing.SyntheticEvents.serverConnection("server-1", 1, 10000, 50001);
        java.util.List<netlab.engine.event.LabEvent> events = new java.util.ArrayList<>();
        events.add(ev.event(conn, netlab.engine.event.EventKind.CONNECTION_MADE, "connection_made: ..."));
        for (int i = 0; i < 20; i++) {
            events.add(ev.data(conn, netlab.engine.event.EventKind.DATA_RECEIVED, "part " + i));
        }
        netlab.engine.record.Recording recording = new netlab.engine.record.Recording("made-up.netlab",
                netlab.engine.record.RecordingHeader.now(java.time.Instant.now(), "test"), events, true, 0, java.util.List.of());
        AtomicReference<WeakReference<Object>> replay = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Fx.run(() -> {
            stage.set(new Stage());
            replay.set(new WeakReference<>(netlab.ui.replay.ReplayWindow.show(stage.get(), recording,
                    LabOptions.bare(Locale.ENGLISH), Locale.ENGLISH, new netlab.engine.port.disk.DiskFiles())));
        });
        Fx.await(() -> stage.get().isShowing(), "the replay shows");
        Fx.run(() -> stage.get().close());
        stage.set(null);
        awaitCollected(replay.get());
    }

    @Test
    void aClosedCommandWindowIsCollected() {
        AtomicReference<WeakReference<Object>> command = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Fx.run(() -> {
            netlab.ui.command.CommandWindow w = netlab.ui.command.CommandWindow.open(new netlab.engine.port.live.LiveCommands(lab),
                    subscriber -> () -> {
                    }, new netlab.ui.i18n.I18n(Locale.ENGLISH), null);
            stage.set(w.stage());
            command.set(new WeakReference<>(w.model()));
            w.stage().getScene().getRoot().lookup(".text-field").requestFocus(); // a focused window, as a person leaves it
        });
        Fx.await(() -> stage.get().isShowing(), "the command window shows");
        Fx.run(() -> stage.get().close());
        stage.set(null);
        awaitCollected(command.get());
    }

    private static void awaitCollected(WeakReference<?> ref) {
        await().atMost(Fx.T).pollInterval(Duration.ofMillis(200)).until(() -> {
            Fx.run(() -> {
            }); // what the closing left queued on the FX thread runs first
            System.gc();
            return ref.get() == null;
        });
    }
}
