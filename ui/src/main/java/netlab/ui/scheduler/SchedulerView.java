package netlab.ui.scheduler;

import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.loop.LoopSnapshot;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.lag.LagGaugeModel;
import netlab.ui.theme.ToolStyles;
import org.kordamp.ikonli.feather.Feather;

/**
 * The scheduler at a glance: the ready queue, the timer heap with due times, the I/O the loop
 * waits on, and every task and pending future with its state; Pause, Step (one iteration) and
 * Resume. It shows what its model holds for the loop chosen (the lab's, or a loop a preset's
 * programs run on); a timer in the window asks for snapshots.
 */
public final class SchedulerView {
    /** A snapshot this late means the loop is stuck in a callback; the status says so. */
    static final long BUSY_MILLIS = 300;

    private final BorderPane root = new BorderPane();

    public SchedulerView(SchedulerModel model, I18n i18n) {
        this(model, i18n, List.of(), null);
    }

    /**
     * With {@code start}, a row to start one of {@code experiments} on the same lab, so that a
     * class can step through gather-factorial or watch blocking-call from here.
     */
    public SchedulerView(SchedulerModel model, I18n i18n, List<String> experiments, java.util.function.Consumer<String> start) {
        root.getStyleClass().add("scheduler");
        root.setId("scheduler");
        root.getStylesheets().add(ToolStyles.url());

        Button pause = button("scheduler-pause", i18n, "scheduler.pause", Feather.PAUSE, model::pause);
        Button step = button("scheduler-step", i18n, "scheduler.step", Feather.SKIP_FORWARD, model::step);
        Button resume = button("scheduler-resume", i18n, "scheduler.resume", Feather.PLAY, model::resume);
        pause.disableProperty().bind(model.pausedProperty().or(model.closedProperty()));
        resume.disableProperty().bind(model.pausedProperty().not().or(model.closedProperty()));
        step.disableProperty().bind(model.closedProperty());
        step.getStyleClass().add(Styles.ACCENT);

        Label status = new Label();
        status.setId("scheduler-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> status(model.snapshotProperty().get(), i18n)
                        + (model.busyMillisProperty().get() >= BUSY_MILLIS
                        ? " " + i18n.get("scheduler.busy", String.format(Locale.ROOT, "%.1f", model.busyMillisProperty().get() / 1000.0)) : ""),
                model.snapshotProperty(), model.busyMillisProperty(), i18n.localeProperty()));
        model.pausedProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("paused");
            if (now) {
                status.getStyleClass().add("paused");
            }
        });
        HBox bar = new HBox(8, pause, step, resume, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label();
        hint.textProperty().bind(i18n.text("scheduler.hint"));
        hint.getStyleClass().add("hint");
        VBox top = new VBox(6, bar, LoopChoice.row(model, i18n), hint);
        if (start != null && !experiments.isEmpty()) {
            javafx.scene.control.ComboBox<String> choice = new javafx.scene.control.ComboBox<>(
                    javafx.collections.FXCollections.observableArrayList(experiments));
            choice.setId("scheduler-experiment");
            choice.getSelectionModel().select(experiments.contains("gather-factorial") ? "gather-factorial" : experiments.get(0));
            Button run = button("scheduler-start", i18n, "scheduler.start", Feather.PLAY_CIRCLE,
                    () -> start.accept(choice.getValue()));
            run.disableProperty().bind(model.closedProperty());
            Label label = new Label();
            label.textProperty().bind(i18n.text("scheduler.experiment"));
            HBox row = new HBox(8, label, choice, run);
            row.setAlignment(Pos.CENTER_LEFT);
            top.getChildren().add(2, row);
        }

        TableView<LoopSnapshot.Ready> ready = Tables.table("scheduler-ready", model.ready(), i18n, "scheduler.ready.empty");
        ready.getColumns().addAll(List.of(
                Tables.column(i18n, "scheduler.col.position", 40, r -> Integer.toString(r.position())),
                Tables.column(i18n, "scheduler.col.callback", 300, LoopSnapshot.Ready::callback),
                Tables.column(i18n, "scheduler.col.pane", 140, LoopSnapshot.Ready::origin)));

        TableView<LoopSnapshot.Timer> timers = Tables.table("scheduler-timers", model.timers(), i18n, "scheduler.timers.empty");
        timers.getColumns().addAll(List.of(
                Tables.column(i18n, "scheduler.col.dueIn", 90, t -> dueIn(t.dueIn(), i18n)),
                Tables.column(i18n, "scheduler.col.when", 90, t -> String.format(Locale.ROOT, "%.3f", t.when())),
                Tables.column(i18n, "scheduler.col.callback", 260, LoopSnapshot.Timer::callback),
                Tables.column(i18n, "scheduler.col.pane", 120, LoopSnapshot.Timer::origin)));
        timers.setRowFactory(tv -> styledRow(t -> t.dueIn() < 0 ? "timer-overdue" : null));

        TableView<LoopSnapshot.Io> io = Tables.table("scheduler-io", model.io(), i18n, "scheduler.io.empty");
        io.getColumns().addAll(List.of(
                Tables.column(i18n, "scheduler.col.kind", 90, LoopSnapshot.Io::kind),
                Tables.column(i18n, "scheduler.col.what", 240, LoopSnapshot.Io::what),
                Tables.column(i18n, "scheduler.col.waitsFor", 150, LoopSnapshot.Io::state),
                Tables.column(i18n, "scheduler.col.pane", 120, LoopSnapshot.Io::origin)));

        TableView<LoopSnapshot.TaskInfo> tasks = Tables.table("scheduler-tasks", model.tasks(), i18n, "scheduler.tasks.empty");
        tasks.getColumns().addAll(List.of(
                Tables.column(i18n, "scheduler.col.number", 40, t -> Long.toString(t.number())),
                Tables.column(i18n, "scheduler.col.name", 150, LoopSnapshot.TaskInfo::name),
                Tables.column(i18n, "scheduler.col.state", 80, LoopSnapshot.TaskInfo::state),
                Tables.column(i18n, "scheduler.col.waitingOn", 150, LoopSnapshot.TaskInfo::waitingOn),
                Tables.column(i18n, "scheduler.col.steps", 50, t -> Long.toString(t.steps())),
                Tables.column(i18n, "scheduler.col.result", 140, LoopSnapshot.TaskInfo::result),
                Tables.column(i18n, "scheduler.col.pane", 110, LoopSnapshot.TaskInfo::origin)));
        tasks.setRowFactory(tv -> styledRow(t -> "task-" + t.state()));

        TableView<LoopSnapshot.FutureInfo> futures = Tables.table("scheduler-futures", model.futures(), i18n, "scheduler.futures.empty");
        futures.getColumns().addAll(List.of(
                Tables.column(i18n, "scheduler.col.number", 40, f -> Long.toString(f.id())),
                Tables.column(i18n, "scheduler.col.future", 200, LoopSnapshot.FutureInfo::description),
                Tables.column(i18n, "scheduler.col.state", 80, LoopSnapshot.FutureInfo::state),
                Tables.column(i18n, "scheduler.col.callbacks", 70, f -> Integer.toString(f.callbacks())),
                Tables.column(i18n, "scheduler.col.awaitedBy", 140, f -> String.join(", ", f.awaitedBy()))));

        VBox left = new VBox(section(i18n, "scheduler.ready.title", ready), section(i18n, "scheduler.timers.title", timers),
                section(i18n, "scheduler.io.title", io));
        VBox right = new VBox(section(i18n, "scheduler.tasks.title", tasks), section(i18n, "scheduler.futures.title", futures));
        for (TableView<?> t : List.of(ready, timers, io, tasks, futures)) {
            VBox.setVgrow(t, Priority.ALWAYS);
        }
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);

        root.setTop(top);
        root.setCenter(split);
        BorderPane.setMargin(split, new javafx.geometry.Insets(8, 0, 0, 0));
    }

    private static Button button(String id, I18n i18n, String key, Feather icon, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static VBox section(I18n i18n, String key, TableView<?> table) {
        Label title = new Label();
        title.textProperty().bind(i18n.text(key));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(2, title, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static <T> TableRow<T> styledRow(java.util.function.Function<T, String> styleOf) {
        return new TableRow<>() {
            private String applied;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (!empty && item != null) {
                    applied = styleOf.apply(item);
                    if (applied != null) {
                        getStyleClass().add(applied);
                    }
                }
            }
        };
    }

    static String dueIn(double seconds, I18n i18n) {
        if (seconds < 0) {
            return i18n.get("scheduler.overdue", String.format(Locale.ROOT, "%.3f", -seconds));
        }
        return String.format(Locale.ROOT, "+%.3f s", seconds);
    }

    static String status(LoopSnapshot s, I18n i18n) {
        if (s == null) {
            return i18n.get("scheduler.status.none");
        }
        return i18n.get(s.paused() ? "scheduler.status.paused" : "scheduler.status.running", s.iteration(),
                String.format(Locale.ROOT, "%.3f", s.time()), s.ready().size(), s.timers().size(),
                LagGaugeModel.formatNanos(s.lagNanos()));
    }

    public BorderPane node() {
        return root;
    }
}
