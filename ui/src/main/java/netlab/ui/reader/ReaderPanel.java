package netlab.ui.reader;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import netlab.ui.views.LabContext;

/**
 * One reader shown: the buffer now (its bytes, its size, who waits, EOF), then its steps, newest
 * last, followed as they come. Clicking a step looks at its event (the code view lights the line
 * that made it). Used by the reader tab and, smaller, by the inspector.
 */
final class ReaderPanel {
    private static final long STATE_REFRESH_NANOS = 200_000_000L;

    private final LabContext context;
    private final String idPrefix;
    private final VBox root;
    private final Label title = new Label();
    private final TextFlow now = new TextFlow();
    private final Label state = new Label();
    private final Label elided = new Label();
    private final Label empty = new Label();
    private final ListView<ReaderStep> list = new ListView<>();
    private final ObservableList<ReaderStep> items = FXCollections.observableArrayList();
    private final VBox shown;
    private ReaderTrace trace;
    private long seenRevision = -1;
    private long lastState;
    private boolean followTail = true;
    private String emptyKey = "reader.none";

    ReaderPanel(LabContext context, String idPrefix, int visibleRows) {
        this.context = context;
        this.idPrefix = idPrefix;
        title.setId(idPrefix + "-title");
        title.getStyleClass().addAll("reader-title");
        title.setWrapText(true);
        now.setId(idPrefix + "-now");
        now.getStyleClass().add("reader-now");
        state.setId(idPrefix + "-state");
        state.getStyleClass().addAll(Styles.TEXT_SMALL, "reader-state");
        state.setWrapText(true);
        Label nowLabel = new Label();
        nowLabel.textProperty().bind(context.i18n().text("reader.now"));
        nowLabel.getStyleClass().add("reader-now-label");
        nowLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox nowRow = new HBox(8, nowLabel, now);
        nowRow.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(now, Priority.ALWAYS);
        elided.setId(idPrefix + "-elided");
        elided.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        elided.managedProperty().bind(elided.visibleProperty());

        list.setId(idPrefix + "-steps");
        list.setItems(items);
        list.setCellFactory(v -> new ReaderStepCell(context.i18n(), () -> trace == null ? 0 : trace.firstNanos()));
        list.accessibleTextProperty().bind(context.i18n().text("reader.steps"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            if (step != null) {
                followTail = step == lastItem();
                context.focusedEventProperty().set(step.event());
            }
        });
        if (visibleRows > 0) {
            list.setPrefHeight(visibleRows * 46);
            list.setMinHeight(visibleRows * 46);
        } else {
            VBox.setVgrow(list, Priority.ALWAYS);
        }
        shown = new VBox(6, title, nowRow, state, elided, list);
        VBox.setVgrow(shown, Priority.ALWAYS);
        shown.managedProperty().bind(shown.visibleProperty());
        empty.setId(idPrefix + "-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.managedProperty().bind(empty.visibleProperty());
        root = new VBox(6, empty, shown);
        root.getStyleClass().add("reader-panel");
        show(null, "reader.none");
        context.i18n().localeProperty().addListener(o -> {
            list.refresh();
            placeholder();
            refresh(true);
        });
    }

    VBox node() {
        return root;
    }

    ReaderTrace trace() {
        return trace;
    }

    /**
     * Shows {@code t}; when null, says {@code emptyKey} instead, and when nothing on it read
     * through a StreamReader (yet), says that a protocol gets the bytes itself.
     */
    void show(ReaderTrace t, String emptyKey) {
        if (t != trace) {
            trace = t;
            seenRevision = -1;
            items.clear();
            followTail = true;
        }
        this.emptyKey = emptyKey;
        placeholder();
        refresh(true);
    }

    private void placeholder() {
        boolean usable = trace != null && trace.usesReader();
        empty.setText(context.i18n().get(trace == null ? emptyKey : "reader.none.protocol"));
        empty.setVisible(!usable);
        shown.setVisible(usable);
    }

    /** Catches up with the trace: new steps appended, those it let go of dropped; the state rewritten. */
    void refresh(boolean force) {
        if (trace == null) {
            return;
        }
        if (!shown.isVisible() && trace.usesReader()) {
            placeholder();
            force = true;
        }
        long nowNanos = context.nowNanos();
        if (force || trace.revision() != seenRevision) {
            seenRevision = trace.revision();
            catchUp();
            title.setText(context.i18n().get("reader.title", trace.label(), trace.key()));
            now.getChildren().setAll(ReaderStepCell.BufferText.now(trace.bufferHead(), trace.bufferSize()));
            elided.setText(context.i18n().get("reader.elided", trace.elidedSteps()));
            elided.setVisible(trace.elidedSteps() > 0);
        }
        if (force || nowNanos - lastState > STATE_REFRESH_NANOS) {
            lastState = nowNanos;
            state.setText(ReaderText.state(trace, nowNanos, context.i18n()));
        }
    }

    private void catchUp() {
        java.util.List<ReaderStep> all = trace.steps();
        if (all.isEmpty()) {
            items.clear();
            return;
        }
        long firstKept = all.get(0).seq();
        int drop = 0;
        while (drop < items.size() && items.get(drop).seq() < firstKept) {
            drop++;
        }
        if (drop > 0) {
            items.remove(0, drop);
        }
        long last = items.isEmpty() ? -1 : items.get(items.size() - 1).seq();
        int from = 0;
        while (from < all.size() && all.get(from).seq() <= last) {
            from++;
        }
        if (from < all.size()) {
            items.addAll(all.subList(from, all.size()));
            if (followTail) {
                list.scrollTo(items.size() - 1);
            }
        }
    }

    private ReaderStep lastItem() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    ListView<ReaderStep> list() {
        return list;
    }
}
