package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.LabWindow;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.LivePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's warm-up builds and draws a made-up conversation's panes (so the first real
 * connection finds their code loaded and run), shows none of it in the window, and lets it all go.
 */
@ExtendWith(ApplicationExtension.class)
class PanesWarmUpTest {
    private final Lab lab = new Lab();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void itBuildsAndDrawsBothPanesOfAConversationWithItsLines() {
        PanesWarmUp warmUp = Fx.on(() -> PanesWarmUp.create(new StackPane(), Locale.SIMPLIFIED_CHINESE));
        int steps = Fx.on(() -> {
            int n = 1;
            while (warmUp.step()) {
                n++;
            }
            return n;
        });
        assertThat(steps).isEqualTo(PanesWarmUp.FRAMES);

        ConversationRow row = Fx.on(() -> warmUp.model().rows().get(0));
        assertThat(Fx.on(() -> warmUp.model().rows().size())).isEqualTo(1);
        for (PaneModel pane : new PaneModel[] {row.client(), row.server()}) {
            assertThat(pane).isNotNull();
            // the text areas were made and filled: their code ran, not just the models'
            String shown = Fx.on(() -> warmUp.view().paneView(pane.key()).area().getText());
            assertThat(shown).contains("This is the message. It will be sent in parts.");
        }
    }

    @Test
    void theWindowShowsNoneOfItAndCountsNoEventOfIt() {
        AtomicReference<LabWindow> window = new AtomicReference<>();
        long published = lab.events().published();
        Fx.run(() -> window.set(LabWindow.show(stage, LivePorts.of(lab),
                LabOptions.bare(Locale.ENGLISH))));
        try {
            await().atMost(Fx.T).until(() -> window.get().warmedUp().isDone());
            assertThat(Fx.on(() -> window.get().model().panes().rows())).isEmpty();
            assertThat(Fx.on(() -> window.get().model().panes().panes())).isEmpty();
            assertThat(lab.events().published()).as("nothing of it goes through the lab").isEqualTo(published);
            assertThat(Fx.on(() -> window.get().root().lookupAll(".pane"))).isEmpty();
        } finally {
            Fx.run(() -> window.get().close());
        }
    }

    @Test
    void whatItBuiltIsLetGoOnceItIsDone() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicReference<WeakReference<PanesView>> view = new AtomicReference<>();
        Fx.run(() -> {
            PanesWarmUp warmUp = PanesWarmUp.create(new StackPane(), Locale.ENGLISH);
            view.set(new WeakReference<>(warmUp.view()));
            PanesWarmUp.run(warmUp, () -> done.complete(null));
        });
        await().atMost(Fx.T).until(done::isDone);
        await().atMost(Fx.T).pollInterval(Duration.ofMillis(100)).until(() -> {
            System.gc();
            return view.get().get() == null;
        });
    }
}
