package netlab.ui.panes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/** The bench's rows of panes, client side on the left, server side on the right, newest at the bottom. */
public final class PanesView implements LabPart {
    private final PanesModel model;
    /** Keeps the rows' nodes in step with the model's rows, until {@link #dispose}. */
    private final ListChangeListener<ConversationRow> onRows;
    private final I18n i18n;
    private final PaneActions actions;
    private final PaneSettings settings;
    private final VBox rowsBox = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(rowsBox);
    private final Map<ConversationRow, RowView> views = new IdentityHashMap<>();
    private final VBox root;
    private boolean scrollPending;
    private boolean visibilityPending;

    private RowView highlighted;
    /** The height the rows are seen in; a program's console takes all of it. */
    private final javafx.beans.property.DoubleProperty viewportHeight = new javafx.beans.property.SimpleDoubleProperty(CONSOLE_FALLBACK);
    private static final double CONSOLE_FALLBACK = 460;
    private final GridPane headers = new GridPane();
    private final Label about = new Label();
    private final javafx.beans.property.ObjectProperty<LessonLayout> layout =
            new javafx.beans.property.SimpleObjectProperty<>(LessonLayout.FREE);

    public PanesView(PanesModel model, I18n i18n, PaneActions actions) {
        this(model, i18n, actions, new PaneSettings());
    }

    public PanesView(PanesModel model, I18n i18n, PaneActions actions, PaneSettings settings) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        this.settings = settings;
        rowsBox.getStyleClass().add("rows");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rows-scroll");
        scroll.setId("panes-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label removed = new Label();
        removed.setId("panes-removed");
        removed.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "rows-removed");
        removed.textProperty().bind(Bindings.createStringBinding(
                () -> model.removedRowsProperty().get() == 0 ? ""
                        : i18n.get("panes.removed", model.removedRowsProperty().get(), model.maxRows()),
                model.removedRowsProperty(), i18n.localeProperty()));
        Fields.hideWhenEmpty(removed);

        Label empty = new Label();
        empty.setId("panes-empty");
        empty.textProperty().bind(i18n.text("panes.empty"));
        empty.setGraphic(Icons.of(Feather.ACTIVITY));
        empty.getStyleClass().addAll("panes-empty", Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(model.rows()));
        StackPane body = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);

        about.setId("panes-layout-about");
        about.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        netlab.ui.controls.Fit.wrapping(about);
        layout.addListener(o -> {
            columnHeaders();
            regroup();
        });
        i18n.localeProperty().addListener(o -> columnHeaders());
        columnHeaders();
        root = new VBox(6, new PanesToolbar(settings, i18n).node(), headers, about, removed, body);
        root.getStyleClass().add("panes");
        root.setId("panes");

        // rows change one at a time; re-adding every row's node would restyle every pane
        onRows = c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    rowsBox.getChildren().subList(c.getFrom(), c.getFrom() + c.getRemovedSize())
                            .forEach(n -> n.boundsInParentProperty().removeListener(onRowMoved));
                    rowsBox.getChildren().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                    c.getRemoved().forEach(this::forget);
                }
                if (c.wasAdded()) {
                    List<javafx.scene.Node> added = c.getAddedSubList().stream().map(r -> show(r).node()).toList();
                    rowsBox.getChildren().addAll(c.getFrom(), added);
                    added.forEach(n -> n.boundsInParentProperty().addListener(onRowMoved));
                }
            }
            regroup();
            scrollToNewest();
        };
        model.rows().addListener(onRows);
        // the rows' height changes in layout, and the scroll pane takes the new height after it:
        // scrolling is left for just after that pass, once per batch of new rows
        rowsBox.heightProperty().addListener((obs, old, now) -> {
            if (scrollPending) {
                scrollPending = false;
                Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
            }
        });
        scroll.vvalueProperty().addListener(o -> visibilityChanged());
        scroll.viewportBoundsProperty().addListener(o -> visibilityChanged());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (now.getHeight() > 0) {
                viewportHeight.set(now.getHeight());
            }
        });
        rowsBox.getChildren().setAll(model.rows().stream().map(r -> show(r).node()).toList());
        rowsBox.getChildren().forEach(n -> n.boundsInParentProperty().addListener(onRowMoved));
    }

    private final javafx.beans.InvalidationListener onRowMoved = o -> visibilityChanged();

    /** Rows moved or the view scrolled: which rows are in sight is worked out once, after layout. */
    private void visibilityChanged() {
        if (visibilityPending) {
            return;
        }
        visibilityPending = true;
        Platform.runLater(() -> {
            visibilityPending = false;
            updateShown();
        });
    }

    /** Tells each row whether any of it lies in the scroll pane's viewport. */
    private void updateShown() {
        double viewport = scroll.getViewportBounds().getHeight();
        if (scroll.getScene() == null) {
            return;
        }
        double content = rowsBox.getHeight();
        double top = Math.max(0, content - viewport) * scroll.getVvalue();
        double bottom = top + viewport;
        for (RowView row : views.values()) {
            if (row.shownIn() != row) {
                continue; // shown inside another row, which tells it
            }
            javafx.geometry.Bounds b = row.node().getBoundsInParent();
            row.setShown(viewport <= 0 || (b.getMaxY() >= top && b.getMinY() <= bottom));
        }
    }

    /** Brings the newest row into view once the rows have been laid out with it. */
    private void scrollToNewest() {
        scrollPending = !model.rows().isEmpty();
    }

    /** The headings of the open lesson's layout: two columns, or one across the width for a program's console. */
    private void columnHeaders() {
        LessonLayout l = layout.get();
        headers.getChildren().clear();
        headers.getColumnConstraints().clear();
        headers.setHgap(12);
        headers.setId("panes-layout-" + l.name().toLowerCase(java.util.Locale.ROOT));
        int columns = l.columns();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints part = new ColumnConstraints();
            part.setPercentWidth(100.0 / columns);
            headers.getColumnConstraints().add(part);
        }
        Feather leftIcon = switch (l) {
            case LOOP -> Feather.CPU;
            case SUBPROCESS -> Feather.TERMINAL;
            default -> Feather.MONITOR;
        };
        headers.add(header(l.leftKey(), leftIcon, "panes-heading-left"), 0, 0);
        if (l.middleKey() != null) {
            headers.add(header(l.middleKey(), Feather.REPEAT, "panes-heading-middle"), 1, 0);
        }
        if (l.twoColumns()) {
            headers.add(header(l.rightKey(), l == LessonLayout.SUBPROCESS ? Feather.CORNER_DOWN_RIGHT : Feather.SERVER,
                    "panes-heading-right"), columns - 1, 0);
        }
        headers.getStyleClass().setAll("column-headers");
        about.setText(l.aboutKey() == null ? "" : i18n.get(l.aboutKey()));
        about.setVisible(l.aboutKey() != null);
        about.setManaged(l.aboutKey() != null);
    }

    /** The layout the panes are headed for: the open preset's kind of lesson, or the free one. */
    public javafx.beans.property.ObjectProperty<LessonLayout> layoutProperty() {
        return layout;
    }

    private Label header(String key, Feather icon, String id) {
        Label label = new Label();
        label.setId(id);
        label.setText(i18n.get(key));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setGraphic(Icons.of(icon));
        label.getStyleClass().addAll(Styles.TEXT_CAPTION, "column-header");
        return label;
    }

    private RowView show(ConversationRow row) {
        return views.computeIfAbsent(row, r -> {
            RowView view = new RowView(r, i18n, actions, settings);
            view.fitConsoleTo(viewportHeight);
            r.clientProperty().addListener(onRowChanged);
            r.serverProperty().addListener(onRowChanged);
            return view;
        });
    }

    private final javafx.beans.InvalidationListener onRowChanged = o -> regroup();

    /**
     * A relayed lesson reads client | relay | server: each row in three columns, and the row of
     * the relay's leg to the server shown inside the row of the client's connection it serves.
     * Any other layout: client side | server side, a row per connection.
     */
    private void regroup() {
        boolean three = layout.get() == LessonLayout.RELAYED;
        java.util.Map<ConversationRow, ConversationRow> joined = three ? RelayColumns.joined(model.rows()) : java.util.Map.of();
        for (RowView view : List.copyOf(views.values())) {
            view.setThreeColumns(three);
            ConversationRow up = joined.get(view.row());
            view.setUpstream(up == null ? null : views.get(up));
        }
        visibilityChanged();
    }

    /** Lets every row's views go (the window closes, or a view was only built for the warm-up). */
    @Override
    public void dispose() {
        model.rows().removeListener(onRows);
        List.copyOf(views.keySet()).forEach(this::forget);
        rowsBox.getChildren().clear();
    }

    private void forget(ConversationRow row) {
        RowView view = views.remove(row);
        row.clientProperty().removeListener(onRowChanged);
        row.serverProperty().removeListener(onRowChanged);
        if (view != null) {
            view.dispose();
        }
    }

    /**
     * Scrolls the row holding pane {@code paneKey} into sight and marks it; false when no row
     * holds it (its connection was let go, or it has shown nothing yet).
     */
    public boolean reveal(String paneKey) {
        PaneModel pane = model.panes().stream().filter(p -> p.key().equals(paneKey)).findFirst().orElse(null);
        if (pane == null) {
            return false;
        }
        for (ConversationRow row : model.rows()) {
            if (row.client() == pane || row.server() == pane) {
                RowView view = show(row).shownIn();
                if (highlighted != null) {
                    highlighted.setHighlighted(false);
                }
                highlighted = view;
                view.setHighlighted(true);
                double content = rowsBox.getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double range = content - viewport;
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, view.node().getBoundsInParent().getMinY() / range));
                visibilityChanged();
                return true;
            }
        }
        return false;
    }

    /** The view of pane {@code paneKey}, if its row has been built. */
    public PaneView paneView(String paneKey) {
        for (RowView row : views.values()) {
            PaneView view = row.paneView(paneKey);
            if (view != null) {
                return view;
            }
        }
        return null;
    }

    /** Opens the search of pane {@code paneKey}, or of the newest pane when it is null or not built. */
    public void openSearch(String paneKey) {
        PaneView view = paneKey == null ? null : paneView(paneKey);
        if (view == null && !model.rows().isEmpty()) {
            ConversationRow last = model.rows().get(model.rows().size() - 1);
            PaneModel pane = last.client() != null ? last.client() : last.server();
            RowView row = show(last);
            row.setShown(true);
            row.buildNow(); // the search opens now, whatever the frame budget says
            view = pane == null ? null : row.paneView(pane.key());
        }
        if (view != null) {
            view.openSearch();
        }
    }

    public PaneSettings settings() {
        return settings;
    }

    @Override
    public VBox node() {
        return root;
    }
}
