package netlab.ui.panes;

import static netlab.ui.testing.SyntheticEvents.serverConnection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.stage.Stage;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pane whose row leaves (a newer connection takes its place past the rows kept) is let go with
 * its text area and lines: a class that runs connection after connection for an hour keeps the
 * memory of the rows on screen, not of every row it ever saw. Nor does a pane leave anything in
 * the window's style cache, which JavaFX keys on node ids and never empties: its nodes are named,
 * not given ids of their own.
 */
@ExtendWith(ApplicationExtension.class)
class PaneViewsLetGoTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SyntheticEvents ev = new SyntheticEvents();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aRowPushedOutByANewerConnectionIsCollectedWithItsTextArea() {
        PanesModel model = new PanesModel(new LineFormatter(i18n), 1, 100);
        PanesView view = Fx.on(() -> new PanesView(model, i18n, PaneActions.NONE));
        Fx.run(() -> {
            stage.setScene(new Scene(view.node(), 900, 500));
            stage.show();
        });
        Origin first = serverConnection("server-1", 1, 10000, 50001);
        Fx.run(() -> {
            model.accept(ev.event(first, EventKind.CONNECTION_MADE, "connection_made: ..."));
            for (int i = 0; i < 50; i++) {
                model.accept(ev.data(first, EventKind.DATA_RECEIVED, "part " + i));
            }
            model.commit();
        });
        Fx.await(() -> view.paneView(first.paneKey()) != null
                && view.paneView(first.paneKey()).area().getText().contains("part 49"), "the first row's pane is built and shows its reads");
        AtomicReference<WeakReference<PaneView>> firstPane = new AtomicReference<>(
                new WeakReference<>(Fx.on(() -> view.paneView(first.paneKey()))));

        Origin second = serverConnection("server-1", 2, 10000, 50002);
        Fx.run(() -> {
            model.accept(ev.event(second, EventKind.CONNECTION_MADE, "connection_made: ..."));
            model.commit();
        });
        Fx.await(() -> view.paneView(second.paneKey()) != null, "the second row takes the only place");
        assertThat(Fx.on(() -> view.paneView(first.paneKey()))).as("the first row left the view").isNull();

        await().atMost(Fx.T).pollInterval(Duration.ofMillis(100)).until(() -> {
            Fx.run(() -> {
            }); // lets pending FX work that still names the old row run first
            System.gc();
            return firstPane.get().get() == null;
        });
    }

    @Test
    void aPanesNodesAreFoundByNameAndNoneHasAnIdOfItsOwnPane() {
        PanesModel model = new PanesModel(new LineFormatter(i18n), 4, 100);
        Origin conn = serverConnection("server-1", 7, 10000, 50007);
        model.accept(ev.event(conn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        model.commit();
        PaneModel pane = model.rows().get(0).server();
        PaneView view = Fx.on(() -> new PaneView(pane, i18n, PaneActions.NONE));
        java.util.List<String> ids = new java.util.ArrayList<>();
        Fx.run(() -> collectIds(view.node(), ids));
        assertThat(ids).as("ids naming this pane (each would be a new entry in the window's style cache)")
                .noneMatch(id -> id.contains(pane.key()));
        assertThat(Fx.on(() -> NodeNames.find(view.node(), "#pane-text-" + pane.key()))).isSameAs(view.area());
        assertThat(Fx.on(() -> NodeNames.nameOf(view.node()))).isEqualTo("pane-" + pane.key());
    }

    private static void collectIds(javafx.scene.Node node, java.util.List<String> ids) {
        if (node.getId() != null) {
            ids.add(node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectIds(child, ids));
        }
    }
}
