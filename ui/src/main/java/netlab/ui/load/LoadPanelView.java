package netlab.ui.load;

import java.util.Locale;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import netlab.engine.load.LoadMode;
import netlab.engine.load.LoadProgress;
import netlab.engine.load.LoadResult;
import netlab.ui.controls.Fit;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The load panel: a form, Start/Stop, a progress bar, live charts of requests/s and p99 latency,
 * and a table of this session's results (each compared with the first). Saving writes the results
 * as JSON Lines on a background thread.
 */
final class LoadPanelView implements LabPart {
    private final LoadPanelModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final XYChart.Series<Number, Number> rps = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p99 = new XYChart.Series<>();
    private boolean shown;

    LoadPanelView(LoadPanelModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("load-panel");
        root.setPadding(new Insets(12));
        root.getChildren().addAll(targetRow(), formRow(), progressRow(), charts(), resultsTable(), resultActions());
        model.samples().addListener((ListChangeListener<LoadProgress>) c -> redrawCharts());
    }

    private Node targetRow() {
        ToggleGroup group = new ToggleGroup();
        RadioButton bench = new RadioButton();
        bench.setId("load-use-target");
        bench.textProperty().bind(i18n.text("load.target.bench"));
        bench.setToggleGroup(group);
        RadioButton other = new RadioButton();
        other.setId("load-use-address");
        other.textProperty().bind(i18n.text("load.target.address"));
        other.setToggleGroup(group);
        bench.setSelected(model.useTargetProperty().get());
        other.setSelected(!model.useTargetProperty().get());
        group.selectedToggleProperty().addListener((obs, old, now) -> model.useTargetProperty().set(now == bench));
        ComboBox<LoadTarget> targets = new ComboBox<>(model.targets());
        targets.setId("load-target");
        targets.valueProperty().bindBidirectional(model.targetProperty());
        targets.setPrefWidth(320);
        targets.setOnShowing(e -> model.refreshTargets());
        targets.disableProperty().bind(model.useTargetProperty().not());
        Button refresh = new Button(null, Icons.of(Feather.REFRESH_CW));
        refresh.setId("load-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.accessibleTextProperty().bind(i18n.text("load.target.refresh"));
        refresh.setOnAction(e -> model.refreshTargets());
        TextField host = field("load-host", model.hostProperty(), 140);
        TextField port = field("load-port", model.portProperty(), 80);
        host.disableProperty().bind(model.useTargetProperty());
        port.disableProperty().bind(model.useTargetProperty());
        targets.setMinWidth(160);
        Fit.whole(bench, other);
        // two groups that go under one another when the window is narrow, each kept whole
        FlowPane row = new FlowPane(16, 8, group(bench, targets, refresh), group(other, label("load.host"), host,
                label("load.port"), port));
        row.setAlignment(Pos.CENTER_LEFT);
        model.refreshTargets();
        return row;
    }

    private Node formRow() {
        ComboBox<LoadMode> mode = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LoadMode.values()));
        mode.setId("load-mode");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        Button start = new Button(null, Icons.of(Feather.PLAY));
        start.setId("load-start");
        start.textProperty().bind(i18n.text("load.start"));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button stop = new Button(null, Icons.of(Feather.SQUARE));
        stop.setId("load-stop");
        stop.textProperty().bind(i18n.text("load.stop"));
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        mode.setMinWidth(Region.USE_PREF_SIZE);
        Fit.whole(start, stop);
        FlowPane row = new FlowPane(16, 8,
                group(label("load.connections"), field("load-connections", model.connectionsProperty(), 70)),
                group(label("load.size"), field("load-size", model.sizeProperty(), 80)),
                group(label("load.duration"), field("load-duration", model.durationProperty(), 60)),
                group(label("load.warmup"), field("load-warmup", model.warmupProperty(), 60)),
                group(label("load.mode"), mode), group(start, stop));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node progressRow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("load-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(320);
        Label message = new Label();
        message.setId("load-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        HBox row = new HBox(10, bar, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node charts() {
        LineChart<Number, Number> throughput = chart("load.chart.rps", rps);
        LineChart<Number, Number> latency = chart("load.chart.p99", p99);
        throughput.setId("load-chart-rps");
        latency.setId("load-chart-p99");
        HBox row = new HBox(10, throughput, latency);
        HBox.setHgrow(throughput, Priority.ALWAYS);
        HBox.setHgrow(latency, Priority.ALWAYS);
        return row;
    }

    private LineChart<Number, Number> chart(String titleKey, XYChart.Series<Number, Number> series) {
        NumberAxis x = new NumberAxis();
        x.labelProperty().bind(i18n.text("load.chart.seconds"));
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.titleProperty().bind(i18n.text(titleKey));
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(220);
        chart.getData().add(series);
        return chart;
    }

    private void redrawCharts() {
        if (!shown) {
            return;
        }
        var r = new java.util.ArrayList<XYChart.Data<Number, Number>>(model.samples().size());
        var l = new java.util.ArrayList<XYChart.Data<Number, Number>>(model.samples().size());
        for (LoadProgress p : model.samples()) {
            r.add(new XYChart.Data<>(p.elapsedSeconds(), p.requestsPerSecond()));
            l.add(new XYChart.Data<>(p.elapsedSeconds(), p.p99Micros()));
        }
        rps.getData().setAll(r);
        p99.getData().setAll(l);
    }

    private Node resultsTable() {
        TableView<LoadResult> table = new TableView<>(model.results());
        table.setId("load-results");
        table.setPrefHeight(180);
        // each column as wide as its header at least; a narrow window scrolls the table sideways
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("load.col.target", r -> r.spec().target().toString()));
        table.getColumns().add(column("load.col.mode", r -> r.spec().mode().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("load.col.connections", r -> Integer.toString(r.spec().connections())));
        table.getColumns().add(column("load.col.size", r -> Integer.toString(r.spec().size())));
        table.getColumns().add(column("load.col.rps", r -> String.format(Locale.ROOT, "%.0f", r.requestsPerSecond())));
        table.getColumns().add(column("load.col.ratio", r -> {
            double base = model.baselineRpsProperty().get();
            return Double.isNaN(base) || base == 0 ? "" : String.format(Locale.ROOT, "%.2f×", r.requestsPerSecond() / base);
        }));
        table.getColumns().add(column("load.col.mibs", r -> String.format(Locale.ROOT, "%.1f", r.mibPerSecond())));
        table.getColumns().add(column("load.col.p50", r -> Long.toString(r.p50Micros())));
        table.getColumns().add(column("load.col.p99", r -> Long.toString(r.p99Micros())));
        table.getColumns().add(column("load.col.p999", r -> Long.toString(r.p999Micros())));
        table.getColumns().add(column("load.col.max", r -> Long.toString(r.maxMicros())));
        table.getColumns().add(column("load.col.errors", r -> r.errors() + " / " + r.mismatches()));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private TableColumn<LoadResult, String> column(String key, Function<LoadResult, String> value) {
        TableColumn<LoadResult, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        Fit.headerWhole(c);
        return c;
    }

    private Node resultActions() {
        Button save = new Button(null, Icons.of(Feather.SAVE));
        save.setId("load-save");
        save.textProperty().bind(i18n.text("load.save"));
        save.disableProperty().bind(Bindings.isEmpty(model.results()));
        save.setOnAction(e -> save());
        Button clear = new Button(null, Icons.of(Feather.TRASH_2));
        clear.setId("load-clear");
        clear.textProperty().bind(i18n.text("load.clear"));
        clear.disableProperty().bind(Bindings.isEmpty(model.results()));
        clear.setOnAction(e -> model.clearResults());
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("load.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Fit.wrapping(hint);
        Fit.whole(save, clear);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(8, save, clear, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("netlab-load-results.jsonl");
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file == null) {
            return;
        }
        model.save(file.toPath());
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        Fit.whole(l);
        return l;
    }

    /** A label and its field (or a few controls that belong together): never parted by a wrap. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            model.refreshTargets();
            redrawCharts();
        }
    }

    @Override
    public void dispose() {
        model.stop();
    }
}
