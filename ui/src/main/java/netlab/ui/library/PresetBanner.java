package netlab.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.net.HostPort;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.preset.ClientPreset;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Preset;
import netlab.engine.preset.ServerPreset;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.present.StepControls;
import netlab.ui.present.StepGate;
import org.kordamp.ikonli.feather.Feather;

/**
 * The open preset above the views: its title, what it sets up, its explanation for the class,
 * one Run button with the run's progress, and the stepping controls for going through the run
 * event by event.
 */
public final class PresetBanner {
    /** The least width the title is given beside the Run button before it goes on a line of its own. */
    private static final double TITLE_ROOM = 300;
    private final VBox root;
    private final Button run = new Button();
    private final Button stop = new Button();
    private final StepControls steps;
    private final TitledPane explain = new TitledPane();
    private final HBox lower;

    public PresetBanner(PresetsModel model, StepGate gate, I18n i18n) {
        Label title = new Label();
        title.setId("preset-title");
        title.getStyleClass().addAll(Styles.TITLE_3, "preset-banner-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        title.textProperty().bind(localized(model, i18n, Preset::title, "preset.none"));
        Label seed = new Label();
        seed.getStyleClass().addAll("preset-seed", Styles.TEXT_SMALL);
        seed.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : i18n.get("preset.seed", model.currentProperty().get().seed()), model.currentProperty(), i18n.localeProperty()));
        seed.setMinWidth(Label.USE_PREF_SIZE);
        Fields.hideWhenEmpty(seed);

        CheckBox freePort = new CheckBox();
        freePort.setMnemonicParsing(false);
        freePort.setId("preset-free-port");
        freePort.textProperty().bind(i18n.text("preset.freePort"));
        freePort.setTooltip(Tooltips.of(i18n, "preset.freePort.tooltip"));
        freePort.selectedProperty().bindBidirectional(model.freePortProperty());
        // it moves the preset's servers and relays: a loop or subprocess lesson has none to move
        freePort.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            Preset p = model.currentProperty().get();
            return p == null || !p.servers().isEmpty() || !p.relays().isEmpty();
        }, model.currentProperty()));
        freePort.managedProperty().bind(freePort.visibleProperty());

        run.setMnemonicParsing(false);
        run.setId("preset-run");
        run.textProperty().bind(i18n.text("preset.run"));
        run.setGraphic(Icons.of(Feather.PLAY));
        run.getStyleClass().addAll(Styles.ACCENT, "preset-run");
        run.setTooltip(Tooltips.withShortcut(i18n, "preset.run.tooltip", Shortcut.RUN_PRESET));
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRun(), model.statusProperty(), model.currentProperty()));
        run.setOnAction(e -> model.run());

        stop.setMnemonicParsing(false);
        stop.setId("preset-stop");
        stop.textProperty().bind(i18n.text("preset.stop"));
        stop.setGraphic(Icons.of(Feather.SQUARE));
        stop.setTooltip(Tooltips.of(i18n, "preset.stop.tooltip"));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> model.statusProperty().get() != RunStatus.RUNNING
                && model.lastRun() == null, model.statusProperty()));
        stop.setOnAction(e -> model.stop());

        ProgressBar progress = new ProgressBar();
        progress.setId("preset-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.statusProperty().get() != RunStatus.READY,
                model.statusProperty()));
        progress.accessibleTextProperty().bind(i18n.text("preset.progress"));
        Label status = new Label();
        status.setId("preset-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, "preset-status");
        // the run is over in the engine, but not on screen while step-through still holds some of it
        status.textProperty().bind(Bindings.createStringBinding(() -> gate.heldProperty().get() > 0
                        && model.statusProperty().get() != RunStatus.READY && model.statusProperty().get() != RunStatus.RUNNING
                        ? i18n.get("preset.status.held", gate.heldProperty().get())
                        : i18n.get(model.statusProperty().get().messageKey()),
                model.statusProperty(), gate.heldProperty(), i18n.localeProperty()));
        status.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(switch (model.statusProperty().get()) {
            case READY -> Feather.CIRCLE;
            case RUNNING, STOPPING -> Feather.LOADER;
            case DONE -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.ALERT_TRIANGLE;
            case STOPPED -> Feather.SQUARE;
        }), model.statusProperty()));
        status.setMinWidth(Label.USE_PREF_SIZE);

        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {freePort, run, stop, progress}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // wraps (the status under Run) rather than make the banner wider than a 1024×768 window's panes
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 6, freePort, run, stop, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the title beside the actions while it has room for a few words a line (at least
        // TITLE_ROOM), else on a line of its own with the actions under it: never a column of letters
        HBox titleRow = new HBox(10, title, seed, foldButton(model, i18n));
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(10, 6, titleRow, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        titleRow.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double room = top.getWidth() - top.getInsets().getLeft() - top.getInsets().getRight() - 10 - actions.prefWidth(-1);
            return room >= TITLE_ROOM ? room : Math.max(0, top.getWidth() - top.getInsets().getLeft() - top.getInsets().getRight());
        }, top.widthProperty(), i18n.localeProperty()));
        titleRow.setMinWidth(0);
        // a FlowPane's least width is its widest child's preferred one, and the title row prefers
        // the whole width it was last given: without this the banner could never narrow again, and
        // a window opened in Chinese at 1024×768 with the side bar ran 40 px past the screen's edge
        top.setMinWidth(0);

        Label summary = new Label();
        summary.setId("preset-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(localized(model, i18n, Preset::summary, "preset.none.summary"));
        summary.getStyleClass().add("preset-summary");

        Label plan = new Label();
        plan.setId("preset-plan");
        plan.setWrapText(true);
        plan.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        plan.setGraphic(Icons.of(Feather.LAYERS));
        plan.textProperty().bind(Bindings.createStringBinding(() -> plan(model.currentProperty().get(), i18n, model.serverPorts(),
                        model.relayPorts(), model.freePortProperty().get()),
                model.currentProperty(), i18n.localeProperty(), model.serverPorts(), model.relayPorts(), model.freePortProperty()));

        Label message = Fields.problemLabel(i18n, model.messageProperty(), "preset-message");
        message.getStyleClass().remove(Styles.DANGER);
        model.statusProperty().addListener((obs, old, now) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (now == RunStatus.FAILED) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });

        VBox paragraphs = new VBox(8);
        paragraphs.setId("preset-explanation");
        Runnable explanation = () -> {
            Preset p = model.currentProperty().get();
            List<Label> labels = new ArrayList<>();
            if (p != null) {
                Locale locale = i18n.localeProperty().get();
                for (LocalizedText t : p.explanation()) {
                    Label l = new Label(t.get(locale));
                    l.setWrapText(true);
                    l.getStyleClass().add("preset-paragraph");
                    labels.add(l);
                }
            }
            paragraphs.getChildren().setAll(labels);
        };
        model.currentProperty().addListener(o -> explanation.run());
        i18n.localeProperty().addListener(o -> explanation.run());
        explanation.run();
        explain.setContent(paragraphs);
        explain.setId("preset-explain");
        explain.textProperty().bind(i18n.text("preset.explain"));
        explain.setGraphic(Icons.of(Feather.BOOK_OPEN));
        explain.setExpanded(false);
        explain.setMnemonicParsing(false);
        explain.getStyleClass().addAll(Styles.DENSE, "preset-explain");
        explain.managedProperty().bind(explain.visibleProperty());

        steps = new StepControls(gate, i18n);
        lower = new HBox(10, plan, new Spacer(), steps.node());
        lower.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(plan, Priority.SOMETIMES);
        // one line of step buttons where the banner is wide (FlowPane wraps at 400 px by default),
        // still wrapping on a projector's 1024×768 with the side bar shown
        steps.node().prefWrapLengthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(400, lower.getWidth() * 0.6),
                lower.widthProperty()));
        steps.node().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the plan beside it wraps first

        // the views below take what is left: the banner never gives up its lines to them
        summary.setMinHeight(Label.USE_PREF_SIZE);
        title.setMinHeight(Label.USE_PREF_SIZE);
        // folded: what a run needs stays (title, Run, the step buttons); what explains it goes until unfolded
        for (javafx.scene.Node n : new javafx.scene.Node[] {summary, plan}) {
            n.visibleProperty().bind(model.bannerFoldedProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        explain.visibleProperty().bind(Bindings.isNotEmpty(paragraphs.getChildren()).and(model.bannerFoldedProperty().not()));
        root = new VBox(6, top, summary, lower, message, explain);
        root.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setId("preset-banner");
        root.getStyleClass().add("preset-banner");
    }

    private static ToggleButton foldButton(PresetsModel model, I18n i18n) {
        ToggleButton fold = new ToggleButton();
        fold.setId("preset-fold");
        fold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        fold.selectedProperty().bindBidirectional(model.bannerFoldedProperty());
        fold.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(fold.isSelected() ? Feather.CHEVRONS_DOWN : Feather.CHEVRONS_UP),
                fold.selectedProperty()));
        fold.tooltipProperty().bind(Bindings.createObjectBinding(() -> Tooltips.of(i18n, fold.isSelected() ? "preset.unfold.tooltip" : "preset.fold.tooltip"),
                fold.selectedProperty()));
        fold.accessibleTextProperty().bind(i18n.text("preset.fold.tooltip"));
        fold.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return fold;
    }

    private static javafx.beans.binding.StringBinding localized(PresetsModel model, I18n i18n,
                                                                java.util.function.Function<Preset, LocalizedText> text, String noneKey) {
        return Bindings.createStringBinding(() -> {
            Preset p = model.currentProperty().get();
            return p == null ? i18n.get(noneKey) : text.apply(p).get(i18n.localeProperty().get());
        }, model.currentProperty(), i18n.localeProperty());
    }

    /**
     * What the preset puts on the bench, in a line: its servers, its clients, its experiments, as
     * they run: the ports the servers and relays really listen on ({@code serverPorts},
     * {@code relayPorts}, in the preset's order, once they do), "any free port" until then when
     * {@code freePort} moves them, and the writes (or datagrams) and write_eof() the clients make.
     */
    static String plan(Preset p, I18n i18n, List<Integer> serverPorts, List<Integer> relayPorts, boolean freePort) {
        if (p == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.servers().size(); i++) {
            ServerPreset s = p.servers().get(i);
            // a Unix server has a path, not a host and port: it is named by its path (unnamed: the lab picks one)
            HostPort at = s.spec().address() instanceof HostPort hp ? hp : null;
            String host = at != null ? at.host() : s.spec().address().toString();
            if (s.spec().transport() == netlab.engine.lab.TransportKind.UDP) {
                // a datagram server has no reads of a size: it gets whole datagrams
                int port = i < serverPorts.size() ? serverPorts.get(i) : at.port();
                parts.add(freePort && i == 0 && i >= serverPorts.size() ? i18n.get("preset.plan.server.udpAnyPort", s.name(), host)
                        : i18n.get("preset.plan.server.udp", s.name(), host, port));
            } else if (at != null && i >= serverPorts.size() && freePort && i == 0) {
                // a run on a free port moves the first server; which port it gets is known once it listens
                parts.add(i18n.get("preset.plan.server.anyPort", s.name(), s.spec().behavior().id(), host, s.spec().readSize()));
            } else {
                int port = at == null ? 0 : i < serverPorts.size() ? serverPorts.get(i) : at.port();
                parts.add(i18n.get("preset.plan.server", s.name(), s.spec().behavior().id(), host, port, s.spec().readSize()));
            }
        }
        for (int i = 0; i < p.relays().size(); i++) {
            netlab.engine.preset.RelayPreset r = p.relays().get(i);
            HostPort at = r.spec().listen() instanceof HostPort hp ? hp : null;
            if (at != null && i >= relayPorts.size() && freePort) {
                parts.add(i18n.get("preset.plan.relay.anyPort", r.name(), r.server(), new netlab.ui.events.RelayWords(i18n).describe(r.spec(), java.util.OptionalLong.empty())));
            } else {
                int port = at == null ? 0 : i < relayPorts.size() ? relayPorts.get(i) : at.port();
                parts.add(i18n.get("preset.plan.relay", r.name(), port, r.server(), new netlab.ui.events.RelayWords(i18n).describe(r.spec(), java.util.OptionalLong.empty())));
            }
        }
        for (ClientPreset c : p.clients()) {
            netlab.engine.lab.TransportKind over = p.transportOf(c);
            parts.add(over == netlab.engine.lab.TransportKind.UDP
                    ? i18n.get("preset.plan.client.datagrams", c.name(), c.spec().writesOver(over), c.spec().totalBytes(), c.repeat())
                    : i18n.get("preset.plan.client", c.name(), c.spec().writesOver(over), c.spec().totalBytes(),
                    c.spec().writesEofOver(over) ? 1 : 0, c.repeat()));
        }
        for (ExperimentSpec e : p.experiments()) {
            parts.add(i18n.get("preset.plan.experiment", e.label()));
        }
        return String.join("  \u00b7  ", parts);
    }

    public VBox node() {
        return root;
    }

    /** Puts {@code control} on the banner's lower line, before the stepping controls (the signal buttons, say). */
    public void addControl(javafx.scene.Node control) {
        lower.getChildren().add(lower.getChildren().size() - 1, control);
    }

    public Button runButton() {
        return run;
    }

    public Button nextButton() {
        return steps.nextButton();
    }

    public ToggleButton steppingToggle() {
        return steps.steppingToggle();
    }

    public StepControls stepControls() {
        return steps;
    }

    public TitledPane explain() {
        return explain;
    }
}
