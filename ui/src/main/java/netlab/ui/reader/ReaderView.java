package netlab.ui.reader;

import java.util.List;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.views.Selection;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The reader tab: a StreamReader's buffer as data_received fills it and each read empties it.
 * It follows what is selected in the bench (a connection, or a client's connection), or shows the
 * connection chosen in its list; with nothing selected, the newest connection that reads through
 * a StreamReader.
 */
public final class ReaderView implements LabPart {
    private final LabContext context;
    private final ReaderLog log;
    private final VBox root;
    private final ReaderPanel panel;
    private final ComboBox<ReaderTrace> choice = new ComboBox<>();
    private final ObservableList<ReaderTrace> choices = FXCollections.observableArrayList();
    private final ToggleButton follow = new ToggleButton(null, Icons.of(Feather.CROSSHAIR));
    private long seenLog = -1;
    private boolean shown;
    private boolean choosing;

    public ReaderView(LabContext context) {
        this.context = context;
        this.log = context.get(ReaderLog.class);
        panel = new ReaderPanel(context, "reader", 0);

        Label connection = new Label();
        connection.textProperty().bind(context.i18n().text("reader.connection"));
        choice.setId("reader-choice");
        choice.setItems(choices);
        choice.setCellFactory(v -> new TraceCell());
        choice.setButtonCell(new TraceCell());
        choice.accessibleTextProperty().bind(context.i18n().text("reader.connection"));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (!choosing && now != null) {
                follow.setSelected(false);
                update(true);
            }
        });
        follow.setMnemonicParsing(false);
        follow.setId("reader-follow");
        follow.textProperty().bind(context.i18n().text("reader.follow"));
        follow.setTooltip(Tooltips.of(context.i18n(), "reader.follow.tooltip"));
        follow.getStyleClass().add(Styles.SMALL);
        follow.setSelected(true);
        follow.selectedProperty().addListener(o -> update(true));
        HBox bar = new HBox(8, connection, choice, follow, new Spacer());
        bar.setAlignment(Pos.CENTER_LEFT);

        Label intro = new Label();
        intro.setId("reader-intro");
        intro.textProperty().bind(context.i18n().text("reader.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setMinHeight(Label.USE_PREF_SIZE);

        VBox.setVgrow(panel.node(), Priority.ALWAYS);
        root = new VBox(8, bar, intro, panel.node());
        root.setId("reader-view");
        root.getStyleClass().add("reader-view");
        context.selectionProperty().addListener(o -> {
            if (follow.isSelected()) {
                update(true);
            }
        });
        update(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            update(true);
        }
    }

    @Override
    public void commit() {
        if (shown) {
            update(false);
        }
    }

    private void update(boolean force) {
        if (log == null) {
            return;
        }
        boolean logChanged = log.revisionProperty().get() != seenLog;
        seenLog = log.revisionProperty().get();
        if (force || logChanged) {
            refreshChoices();
            ReaderTrace target = follow.isSelected() ? followed() : choice.getValue();
            String why = follow.isSelected() ? whyNone() : "reader.none";
            if (target != null && target != choice.getValue()) {
                choosing = true;
                choice.setValue(target);
                choosing = false;
            }
            if (target != panel.trace() || force) {
                panel.show(target, why);
            }
        }
        panel.refresh(false);
    }

    /** What the bench's selection points at: its connection, its endpoint's newest reader, or the newest reader of all. */
    private ReaderTrace followed() {
        Selection item = context.selectionProperty().get();
        if (item == null || item.type() == Selection.Type.GROUP) {
            return log.newestOf(null);
        }
        if (item.type() == Selection.Type.CONNECTION) {
            return log.trace(item.id());
        }
        return log.newestOf(item.endpointId());
    }

    private String whyNone() {
        Selection item = context.selectionProperty().get();
        return item == null || item.type() == Selection.Type.GROUP ? "reader.none" : "reader.none.selected";
    }

    /** The list holds the connections with a reader, plus the one shown; refreshed only while not choosing. */
    private void refreshChoices() {
        List<ReaderTrace> now = new java.util.ArrayList<>(log.readers());
        ReaderTrace current = panel.trace();
        if (current != null && !now.contains(current)) {
            now.add(current);
        }
        if (!now.equals(choices) && !choice.isShowing()) {
            choosing = true;
            ReaderTrace value = choice.getValue();
            choices.setAll(now);
            choice.setValue(value != null && now.contains(value) ? value : null);
            choosing = false;
        }
    }

    /** For tests: what the panel shows. */
    public ReaderTrace shownTrace() {
        return panel.trace();
    }

    private final class TraceCell extends ListCell<ReaderTrace> {
        @Override
        protected void updateItem(ReaderTrace t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? context.i18n().get("reader.choose") : t.label() + " \u00b7 " + t.key());
        }
    }
}
