package netlab.ui.bench;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import netlab.ui.controls.Icons;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * A row of the bench tree: icon, name, state in words, and a muted detail (address, connection
 * id). Cells are reused as the tree scrolls: each binds to its item on update and lets go of the
 * one before.
 */
final class BenchCell extends TreeCell<BenchItem> {
    private final I18n i18n;
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label detail = new Label();
    private final Label dropped = new Label();
    private final HBox box;
    private final ChangeListener<Boolean> overStyle = (obs, old, now) -> styleOver(now);
    /** The icon the name shows now: a cell is updated every frame while the tree changes, a new icon node each time would be styled anew each time. */
    private org.kordamp.ikonli.Ikon shownIcon;

    BenchCell(I18n i18n) {
        this.i18n = i18n;
        name.getStyleClass().add("bench-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        state.getStyleClass().addAll("bench-state", Styles.TEXT_SMALL);
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.managedProperty().bind(state.visibleProperty());
        detail.getStyleClass().addAll("bench-detail", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        detail.setMinWidth(0);
        HBox.setHgrow(detail, Priority.ALWAYS);
        dropped.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        box = new HBox(6, name, state, detail, dropped);
        box.setAlignment(Pos.CENTER_LEFT);
        setText(null);
    }

    @Override
    protected void updateItem(BenchItem item, boolean empty) {
        BenchItem previous = getItem();
        if (previous != null) {
            previous.overProperty().removeListener(overStyle);
        }
        super.updateItem(item, empty);
        name.textProperty().unbind();
        state.textProperty().unbind();
        detail.textProperty().unbind();
        dropped.textProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            NodeNames.name(this, null);
            return;
        }
        // a name, not an id: a cell shows one connection after another, and each id would stay in the style cache
        NodeNames.name(this, "bench-" + item.id().replace('/', '-'));
        if (item.type() == BenchItem.Type.GROUP) {
            name.textProperty().bind(i18n.text(item.labelProperty().get()));
            icon(item.kind().icon());
            if (!name.getStyleClass().contains("bench-group")) {
                name.getStyleClass().add("bench-group"); // once: a cell given group after group must not pile the class up
            }
            state.setText("");
            state.setVisible(false);
            detail.textProperty().bind(Bindings.createStringBinding(
                    () -> i18n.get("bench.group.count", item.children().size()), item.children(), i18n.localeProperty()));
        } else {
            name.textProperty().bind(item.labelProperty());
            icon(item.type() == BenchItem.Type.CONNECTION ? Feather.LINK_2 : item.kind().icon());
            name.getStyleClass().remove("bench-group");
            state.setVisible(true);
            state.textProperty().bind(Bindings.createStringBinding(
                    () -> item.stateKeyProperty().get().isEmpty() ? "" : i18n.get(item.stateKeyProperty().get()),
                    item.stateKeyProperty(), i18n.localeProperty()));
            detail.textProperty().bind(item.detailProperty());
        }
        dropped.textProperty().bind(Bindings.createStringBinding(
                () -> item.droppedProperty().get() == 0 ? "" : i18n.get("bench.dropped", item.droppedProperty().get()),
                item.droppedProperty(), i18n.localeProperty()));
        item.overProperty().addListener(overStyle);
        styleOver(item.isOver());
        setGraphic(box);
    }

    private void icon(org.kordamp.ikonli.Ikon ikon) {
        if (ikon != shownIcon) {
            shownIcon = ikon;
            name.setGraphic(Icons.of(ikon));
        }
    }

    /** Over is said in words (the state) and shown muted: never by colour alone. */
    private void styleOver(boolean over) {
        // changed only when it changes: each change of a style class restyles the label
        if (over != name.getStyleClass().contains("bench-over")) {
            if (over) {
                name.getStyleClass().add("bench-over");
            } else {
                name.getStyleClass().removeAll("bench-over");
            }
        }
    }
}
