package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.port.EndpointInfo;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.panes.PaneModel;
import netlab.ui.views.EndpointView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import netlab.ui.views.LabSubscriber;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the bench says about the selected item: its properties, what can be done with it (its
 * pane, its chunk map), and the views other parts of NetLab add for such an item (a stream
 * reader's buffer, a subprocess's pipes), each a subscriber of the window's events while shown. Its
 * figures are refreshed a few times a second.
 */
public final class BenchInspector implements LabPart {
    private static final long REFRESH_NANOS = 250_000_000L;

    private final LabContext context;
    private final I18n i18n;
    private final Function<BenchItem, PaneModel> paneOf;
    private final List<EndpointView> views;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label state = new Label();
    private final GridPane properties = new GridPane();
    private final FlowPane links = new FlowPane(6, 6);
    private final VBox extra = new VBox(8);
    private final Label empty = new Label();
    private final Function<LabSubscriber, Runnable> subscribe;
    private final List<LabPart> parts = new ArrayList<>();
    private final List<Runnable> unsubscribes = new ArrayList<>();
    private BenchItem item;
    private long lastRefresh;

    /**
     * @param paneOf   the pane an item's events land in (null when none is shown)
     * @param showPane opens the item's pane in the panes tab
     * @param showChunks opens the chunk map of the item's conversation
     * @param subscribe  adds a section to the window's subscribers (returns what removes it)
     */
    public BenchInspector(LabContext context, ReadOnlyObjectProperty<BenchItem> selected, Function<BenchItem, PaneModel> paneOf,
                          Consumer<BenchItem> showPane, Consumer<BenchItem> showChunks, List<EndpointView> views,
                          Function<LabSubscriber, Runnable> subscribe) {
        this.context = context;
        this.subscribe = subscribe;
        this.i18n = context.i18n();
        this.paneOf = paneOf;
        this.views = views;
        root.setId("bench-inspector");
        root.setMinWidth(0);
        empty.setMinWidth(0);
        root.getStyleClass().add("bench-inspector");
        title.getStyleClass().addAll(Styles.TITLE_4, "inspector-title");
        title.setId("inspector-title");
        title.setWrapText(true);
        state.setId("inspector-state");
        state.getStyleClass().add(Styles.TEXT_SMALL);
        properties.setId("inspector-properties");
        properties.setHgap(10);
        properties.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(100);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        properties.getColumnConstraints().addAll(names, values);

        Button pane = linkButton(Feather.ALIGN_LEFT, "inspector.showPane", "inspector-show-pane");
        pane.setOnAction(e -> {
            if (item != null) {
                showPane.accept(item);
            }
        });
        Button chunks = linkButton(Feather.BAR_CHART_2, "inspector.showChunks", "inspector-show-chunks");
        chunks.setOnAction(e -> {
            if (item != null) {
                showChunks.accept(item);
            }
        });
        links.getChildren().addAll(pane, chunks);

        empty.textProperty().bind(i18n.text("inspector.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED);
        selected.addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener(o -> refresh());
        show(selected.get());
    }

    private Button linkButton(Feather icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key + ".tooltip"));
        b.getStyleClass().addAll(Styles.SMALL);
        return b;
    }

    private void show(BenchItem now) {
        unsubscribes.forEach(Runnable::run);
        unsubscribes.clear();
        for (LabPart part : parts) {
            part.dispose();
        }
        parts.clear();
        extra.getChildren().clear();
        item = now;
        if (now == null || now.type() == BenchItem.Type.GROUP) {
            root.getChildren().setAll(empty);
            if (now != null) {
                Label group = new Label();
                group.textProperty().bind(i18n.text(now.labelProperty().get()));
                group.getStyleClass().add(Styles.TITLE_4);
                Label about = new Label();
                about.textProperty().bind(i18n.text(now.kind().groupKey() + ".about"));
                about.setWrapText(true);
                root.getChildren().setAll(group, about);
            }
            return;
        }
        for (EndpointView view : views) {
            if (view.appliesTo(now.selection())) {
                LabPart part = view.create(context, now.selection());
                parts.add(part);
                unsubscribes.add(subscribe.apply(part));
                TitledPane section = new TitledPane(null, part.node());
                section.textProperty().bind(i18n.text(view.titleKey()));
                section.setMnemonicParsing(false);
                extra.getChildren().add(section);
                part.setShown(true);
            }
        }
        HBox head = new HBox(8, title, state);
        head.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(head, properties, links, extra);
        refresh();
    }

    /** Rewrites the figures of the item shown. */
    public void refresh() {
        lastRefresh = System.nanoTime();
        BenchItem shown = item;
        if (shown == null || shown.type() == BenchItem.Type.GROUP) {
            return;
        }
        title.setText(shown.labelProperty().get());
        title.setGraphic(Icons.of(shown.type() == BenchItem.Type.CONNECTION ? Feather.LINK_2 : shown.kind().icon()));
        state.setText(shown.stateKeyProperty().get().isEmpty() ? "" : i18n.get(shown.stateKeyProperty().get()));
        List<EndpointKind.Property> rows = new ArrayList<>();
        rows.add(new EndpointKind.Property("bench.prop.id", shown.id()));
        EndpointInfo endpoint = shown.type() == BenchItem.Type.ENDPOINT ? context.commands().endpoint(shown.id()).orElse(null) : null;
        if (shown.type() == BenchItem.Type.CONNECTION) {
            rows.add(new EndpointKind.Property("bench.prop.local", String.valueOf(shown.origin().local())));
            rows.add(new EndpointKind.Property("bench.prop.remote", String.valueOf(shown.origin().remote())));
        } else if (endpoint != null) {
            rows.addAll(shown.kind().properties(endpoint));
        } else {
            rows.add(new EndpointKind.Property("bench.prop.note", i18n.get("bench.forgotten")));
        }
        if (!shown.detailProperty().get().isEmpty() && shown.type() == BenchItem.Type.ENDPOINT) {
            rows.add(new EndpointKind.Property("bench.prop.address", shown.detailProperty().get()));
        }
        PaneModel pane = paneOf.apply(shown);
        if (pane != null && (shown.type() == BenchItem.Type.CONNECTION || pane.kind() == netlab.ui.panes.PaneKind.CLIENT)) {
            rows.add(new EndpointKind.Property("bench.prop.traffic", i18n.get("pane.counters", pane.bytesInProperty().get(),
                    pane.readsProperty().get(), pane.bytesOutProperty().get(), pane.writesProperty().get())));
        }
        properties.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(i18n.get(rows.get(i).key()));
            name.getStyleClass().addAll("field-label");
            Label value = new Label(rows.get(i).value());
            value.setWrapText(true);
            value.getStyleClass().add("inspector-value");
            value.setId("inspector-" + rows.get(i).key().replace('.', '-'));
            properties.addRow(i, name, value);
        }
    }

    @Override
    public void commit() {
        if (item != null && System.nanoTime() - lastRefresh > REFRESH_NANOS) {
            refresh();
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
