package netlab.ui.splittest;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.splittest.CaseResult;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabPart;
import netlab.ui.views.RecordingOpener;
import org.kordamp.ikonli.feather.Feather;

/**
 * The split test's panel: the server, framing and conversation; Start and Stop; the progress; the
 * grid of cases as they end (a failure in red with its first difference); the chunk map of the case
 * clicked; the verdict; and the shrunk failure's recording, opened in a replay window.
 */
final class SplitTestPanel implements LabPart {
    private final VBox root = new VBox(8);

    SplitTestPanel(SplitTestModel model, I18n i18n, RecordingOpener opener) {
        root.setId("splittest");
        root.setPadding(new Insets(12));

        TextField target = field(model.targetProperty(), "splittest-target", 150);
        TextField framing = field(model.framingProperty(), "splittest-framing", 130);
        TextField cases = field(model.casesProperty(), "splittest-cases", 60);
        TextField seed = field(model.seedProperty(), "splittest-seed", 60);
        CheckBox learn = new CheckBox();
        learn.setId("splittest-learn");
        learn.textProperty().bind(i18n.text("splittest.learn"));
        learn.selectedProperty().bindBidirectional(model.learnProperty());
        Button start = new Button(null, Icons.of(Feather.PLAY));
        start.setId("splittest-start");
        start.textProperty().bind(i18n.text("splittest.start"));
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.runningProperty());
        Button stop = new Button(null, Icons.of(Feather.SQUARE));
        stop.setId("splittest-stop");
        stop.textProperty().bind(i18n.text("splittest.stop"));
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {learn, start, stop}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // a narrow window wraps the form instead of cutting its labels short
        javafx.scene.layout.FlowPane form = new javafx.scene.layout.FlowPane(12, 6, pair(i18n, "splittest.target", target),
                pair(i18n, "splittest.framing", framing), pair(i18n, "splittest.cases", cases), pair(i18n, "splittest.seed", seed),
                learn, new HBox(6, start, stop));
        form.setAlignment(Pos.CENTER_LEFT);

        TextArea conversation = new TextArea();
        conversation.setId("splittest-conversation");
        conversation.textProperty().bindBidirectional(model.conversationProperty());
        conversation.setPrefRowCount(4);
        conversation.setMinHeight(84);
        conversation.getStyleClass().add("monospace");

        ProgressBar progress = new ProgressBar();
        progress.setId("splittest-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(220);
        Label message = new Label();
        message.setId("splittest-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox status = new HBox(8, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);

        Label verdict = new Label();
        verdict.setId("splittest-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdict.styleProperty().bind(Bindings.when(model.failedProperty())
                .then("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;").otherwise("-fx-text-fill: -color-success-fg; -fx-font-weight: bold;"));

        TableView<CaseResult> grid = grid(model, i18n);
        VBox.setVgrow(grid, Priority.ALWAYS);

        Label chunksTitle = label(i18n, "splittest.chunks");
        Label chunks = new Label();
        chunks.setId("splittest-chunks");
        chunks.setWrapText(true);
        chunks.getStyleClass().add("monospace");
        chunks.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chunks.textProperty().bind(Bindings.createStringBinding(() -> model.selectedChunkMap().map(m -> {
            CaseResult c = model.selectedProperty().get();
            return "#" + c.splitCase().number() + " " + c.splitCase().name() + ": " + m
                    + (c.passed() ? "" : "\n" + c.outcome().tag() + ": " + c.outcome().describe());
        }).orElse(""), model.selectedProperty()));

        Button openReplay = new Button(null, Icons.of(Feather.FILM));
        openReplay.setId("splittest-open-replay");
        openReplay.textProperty().bind(i18n.text("splittest.openReplay"));
        openReplay.disableProperty().bind(model.recordingProperty().isNull());
        openReplay.setOnAction(e -> {
            if (model.recordingProperty().get() != null) {
                opener.open(model.recordingProperty().get());
            }
        });
        HBox failure = new HBox(8, openReplay);
        failure.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(form, conversation, status, verdict, grid, chunksTitle, chunks, failure);
    }

    private static TableView<CaseResult> grid(SplitTestModel model, I18n i18n) {
        TableView<CaseResult> grid = new TableView<>(model.rows());
        grid.setId("splittest-grid");
        grid.setMinHeight(140);
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.getColumns().add(column(i18n, "splittest.col.number", 50, c -> String.valueOf(c.splitCase().number())));
        grid.getColumns().add(column(i18n, "splittest.col.result", 70, c -> c.outcome().tag()));
        grid.getColumns().add(column(i18n, "splittest.col.writes", 84, c -> String.valueOf(c.splitCase().plan().writeCount())));
        grid.getColumns().add(column(i18n, "splittest.col.case", 260, c -> c.splitCase().name()));
        grid.getColumns().add(column(i18n, "splittest.col.difference", 400, c -> c.passed() ? "" : c.outcome().describe()));
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("splittest-fail", "splittest-pass");
                setStyle(empty || item == null ? "" : item.passed() ? "" : "-fx-background-color: -color-danger-subtle;");
            }
        });
        grid.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<CaseResult>) c -> grid.scrollTo(model.rows().size() - 1));
        return grid;
    }

    private static TableColumn<CaseResult, String> column(I18n i18n, String key, double width,
                                                          java.util.function.Function<CaseResult, String> value) {
        TableColumn<CaseResult, String> col = new TableColumn<>();
        col.textProperty().bind(i18n.text(key));
        col.setPrefWidth(width);
        // the narrow columns keep their width ("写入次数" needs 84), the wide ones give way
        col.setMinWidth(Math.min(width, 90));
        col.setSortable(false);
        col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return col;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPrefWidth(width);
        return f;
    }

    private static HBox pair(I18n i18n, String key, TextField field) {
        HBox box = new HBox(6, label(i18n, key), field);
        box.setAlignment(Pos.CENTER_LEFT);
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }
}
