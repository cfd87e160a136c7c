package netlab.ui.bench;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import org.kordamp.ikonli.feather.Feather;

/** Above the bench tree: make a new endpoint, and stop, restart or duplicate the selected one. */
public final class BenchToolbar {
    /** What the "New" menu asks for to open the split test view. */
    public static final String SPLIT_TEST = "splittest";

    private final FlowPane root;

    /** @param openForm opens the form of the kind with this id */
    public BenchToolbar(BenchActions actions, ReadOnlyObjectProperty<BenchItem> selection, I18n i18n, Consumer<String> openForm) {
        MenuButton add = new MenuButton(null, Icons.of(Feather.PLUS));
        add.setMnemonicParsing(false);
        add.setId("bench-new");
        add.textProperty().bind(i18n.text("bench.new"));
        add.getStyleClass().add(Styles.SMALL);
        add.setTooltip(Tooltips.of(i18n, "bench.new.tooltip"));
        add.getItems().add(item(i18n, "bench.new.server", "bench-new-tcp-server", () -> openForm.accept("tcp-server")));
        add.getItems().add(item(i18n, "bench.new.client", "bench-new-tcp-client", () -> openForm.accept("tcp-client")));
        add.getItems().add(item(i18n, "bench.new.interactive", "bench-new-interactive-client",
                () -> openForm.accept("interactive-client")));
        for (EndpointKind kind : EndpointKinds.all()) {
            if (kind.newKey() != null) {
                add.getItems().add(item(i18n, kind.newKey(), "bench-new-" + kind.id(), () -> openForm.accept(kind.id())));
            }
        }
        // not an endpoint: the split test is a view of its own, opened in the centre
        add.getItems().add(item(i18n, "bench.new.splittest", "bench-new-splittest", () -> openForm.accept(SPLIT_TEST)));

        Button stop = button(i18n, Feather.SQUARE, "bench.stop", "bench-stop");
        stop.setTooltip(Tooltips.withShortcut(i18n, "bench.stop.tooltip", Shortcut.STOP_SELECTED));
        Button restart = button(i18n, Feather.ROTATE_CW, "bench.restart", "bench-restart");
        Button duplicate = button(i18n, Feather.COPY, "bench.duplicate", "bench-duplicate");
        stop.setOnAction(e -> actions.stop(selection.get()));
        restart.setOnAction(e -> actions.restart(selection.get()));
        duplicate.setOnAction(e -> actions.duplicate(selection.get()));
        // an endpoint's state changes without the selection changing: its over-property says when
        javafx.beans.property.SimpleObjectProperty<Object> tick = new javafx.beans.property.SimpleObjectProperty<>();
        selection.addListener((obs, old, now) -> {
            if (now != null) {
                now.overProperty().addListener(o -> tick.set(new Object()));
            }
        });
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.canStop(selection.get()), selection, tick));
        restart.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.canStartAgain(selection.get()), selection));
        duplicate.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.canStartAgain(selection.get()), selection));

        HBox buttons = new HBox(4, add, stop, restart, duplicate);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new FlowPane(6, 4, buttons, Fields.problemLabel(i18n, actions.problemProperty(), "bench-problem"));
        root.getStyleClass().add("bench-toolbar");
    }

    private static MenuItem item(I18n i18n, String key, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.setMnemonicParsing(false);
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Icon-only, to fit the side bar: its name is still said to screen readers and in its tooltip. */
    private static Button button(I18n i18n, Feather icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(id);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key + ".tooltip"));
        b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        return b;
    }

    public FlowPane node() {
        return root;
    }
}
