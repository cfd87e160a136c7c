package netlab.ui.lab;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.bench.BenchItem;
import netlab.ui.bench.BenchTreeView;
import netlab.ui.chunks.ChunkMapView;
import netlab.ui.code.CodeView;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.keys.ShortcutHandler;
import netlab.ui.library.PresetBanner;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PanesView;
import netlab.ui.present.StepSize;
import netlab.ui.recording.RecordingControls;
import netlab.ui.workspace.WorkspaceControls;
import netlab.ui.signals.SignalButtons;
import netlab.ui.signals.SignalsModel;
import netlab.ui.status.StatusBar;
import netlab.ui.theme.ThemeApplier;
import netlab.ui.timeline.TimelineView;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabPart;

/**
 * The window's content, put together: the title bar over the side bar (library, bench, new) and
 * the open preset's banner over the catalog's views (panes, chunk map, timeline, code, ...), the
 * status bar below. Each part binds to its own model; this only places them, follows the tree's
 * selection into the views, and wires the keys.
 */
public final class LabView {
    /** The side bar's panels. */
    public enum Side { LIBRARY, BENCH, NEW }

    private final LabViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final CenterTabs tabs;
    private final SideBar side;
    private final PresetBanner banner;
    private final TitleBar title;
    private final RecordingControls recordingControls;
    private final javafx.beans.property.BooleanProperty sideShown = new javafx.beans.property.SimpleBooleanProperty(true);
    /** A window replaying a recording: nothing runs, so nothing to make, run or schedule. */
    private final boolean replay;

    public LabView(LabViewModel model, ViewCatalog catalog) {
        this.model = model;
        this.i18n = model.i18n();
        this.replay = model.isReplay();
        root.getStyleClass().add("lab");
        root.setId("lab");

        tabs = new CenterTabs(model, catalog);
        side = new SideBar(model, this::showPaneOf, this::showChunksOf, catalog, () -> showView(netlab.ui.splittest.SplitTestView.ID));
        banner = new PresetBanner(model.presets(), model.stepGate(), i18n);
        // a program waiting for SIGINT (the signals experiment) gets it from here: a window has no Ctrl+C
        SignalsModel signals = model.get(SignalsModel.class);
        if (signals != null) {
            banner.addControl(new SignalButtons(signals, model.commands(), i18n).node());
        }
        VBox main = replay ? new VBox(tabs.bar(), tabs.content()) : new VBox(banner.node(), tabs.bar(), tabs.content());
        VBox.setVgrow(tabs.content(), Priority.ALWAYS);
        main.getStyleClass().add("main");
        split.getItems().setAll(side.node(), main);
        placeDivider();
        SplitPane.setResizableWithParent(side.node(), false);
        split.setId("lab-split");

        recordingControls = new RecordingControls(model.recording(), i18n, model.settings(), model::openRecording);
        recordingControls.acceptDrops(root);
        model.openProblemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.WARNING, now.render(i18n));
                alert.setHeaderText(i18n.get("recording.cannotOpen"));
                alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
                alert.show();
            }
        });
        List<Node> tools = new ArrayList<>();
        if (!replay) {
            tools.addAll(new LoopTools(model, i18n).nodes());
            tools.addAll(recordingControls.nodes());
            tools.add(new WorkspaceControls(model.workspace(), i18n).node());
        } else {
            tools.add(recordingControls.openButton());
        }
        title = new TitleBar(model, sideToggle(), tools);
        root.setTop(title.node());
        root.setCenter(split);
        HBox status = new StatusBar(model.status(), i18n).node();
        if (!replay) {
            status.getChildren().add(recordingControls.sizeLabel());
        }
        root.setBottom(status);

        ThemeApplier themes = new ThemeApplier(root);
        model.themeProperty().addListener((obs, old, now) -> themes.apply(now));
        themes.apply(model.themeProperty().get());
        model.presentationProperty().addListener((obs, old, now) -> presentation(now));
        sideShown.set(model.settings().getBoolean("sidebar-shown", true));
        sideShown.addListener((obs, old, now) -> {
            model.settings().putBoolean("sidebar-shown", now);
            placeSide();
        });
        placeSide();
        model.workspace().setLayout(this::layout, this::showLayout);

        // the bench tree and the views follow one another
        side.tree().selectedProperty().addListener((obs, old, now) -> {
            BenchItem item = now == null ? null : now.getValue();
            model.select(item);
            PaneModel pane = model.paneOf(item);
            if (pane != null) {
                model.chunkMap().choosePane(pane.key());
                if ("panes".equals(tabs.current())) {
                    panes().reveal(pane.key());
                }
            }
        });
        // the open preset's kind of lesson heads the panes; a bench built by hand keeps the free layout
        panes().layoutProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> replay ? netlab.ui.panes.LessonLayout.FREE : netlab.ui.panes.LessonLayout.of(model.presets().currentProperty().get()),
                model.presets().currentProperty()));
        keys();
        showSide(replay ? Side.BENCH : model.presets().presets().isEmpty() ? Side.NEW : Side.LIBRARY);
        showView("panes");
    }

    private void keys() {
        ShortcutHandler keys = new ShortcutHandler()
                .on(Shortcut.CLEAR_PANES, title.clearButton()::fire)
                .on(Shortcut.TOGGLE_THEME, title.themeToggle()::fire)
                .on(Shortcut.SEARCH, this::search)
                .on(Shortcut.PRESENTATION, title.presentationToggle()::fire)
                .on(Shortcut.BENCH, () -> showSide(Side.BENCH))
                .on(Shortcut.TOGGLE_SIDEBAR, () -> sideShown.set(!sideShown.get()))
                .on(Shortcut.OPEN_RECORDING, recordingControls::chooseAndOpen);
        for (CenterView view : tabs.views()) {
            if (view.shortcut() != null) {
                keys.on(view.shortcut(), () -> showView(view.id()));
            }
        }
        if (!replay) {
            // a replay runs nothing: no server to start, nothing to send, no preset to run
            keys.on(Shortcut.START_SERVER, side.server().startButton()::fire)
                    .on(Shortcut.STOP_SERVER, side.server().stopButton()::fire)
                    .on(Shortcut.SEND, side.client().sendButton()::fire)
                    .on(Shortcut.RUN_PRESET, banner.runButton()::fire)
                    .on(Shortcut.NEXT_STEP, () -> nextStep(StepSize.EVENT))
                    .on(Shortcut.STEP_BACK, model.stepGate()::back)
                    .on(Shortcut.STEP_MODE, banner.steppingToggle()::fire)
                    .on(Shortcut.STOP_SELECTED, () -> model.benchActions().stop(model.selectedItemProperty().get()))
                    .on(Shortcut.LIBRARY, () -> showSide(Side.LIBRARY))
                    .on(Shortcut.NEW, () -> showSide(Side.NEW))
                    .on(Shortcut.RECORD, recordingControls::toggle);
        }
        keys.install(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
    }

    /**
     * The step-through keys that are plain keys: a presenter's remote sends Page Down (the next
     * event, as Space does in presentation); I, C and R step to the next I/O, callback and run, B
     * (and Left in presentation) one step back. Outside text fields only, and only while stepping
     * or presenting, so that they never take a key meant for a field or a list.
     */
    private void stepKeys(KeyEvent e) {
        boolean presenting = model.presentationProperty().get();
        if (replay || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
                || !(presenting || model.stepGate().steppingProperty().get())) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case PAGE_DOWN -> () -> nextStep(StepSize.EVENT);
            case SPACE -> presenting ? () -> nextStep(StepSize.EVENT) : null;
            case I -> () -> nextStep(StepSize.IO);
            case C -> () -> nextStep(StepSize.CALLBACK);
            case R -> () -> nextStep(StepSize.RUN);
            case B -> model.stepGate()::back;
            case LEFT, PAGE_UP -> presenting ? model.stepGate()::back : null;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Where the side bar ended last time is where it starts; where it is moved to is kept. */
    private void placeDivider() {
        double at;
        try {
            at = Double.parseDouble(model.settings().get("sidebar-divider", "0.29"));
        } catch (NumberFormatException e) {
            at = 0.29;
        }
        split.setDividerPositions(Math.max(0.15, Math.min(0.6, at)));
        split.getDividers().get(0).positionProperty().addListener((obs, old, now) ->
                model.settings().put("sidebar-divider", String.valueOf(now.doubleValue())));
    }

    private void showPaneOf(BenchItem item) {
        showView("panes");
        PaneModel pane = model.paneOf(item);
        if (pane != null) {
            Platform.runLater(() -> panes().reveal(pane.key()));
        }
    }

    private void showChunksOf(BenchItem item) {
        PaneModel pane = model.paneOf(item);
        if (pane != null) {
            model.chunkMap().choosePane(pane.key());
        }
        showView("chunks");
    }

    /** Shows a panel of the side bar. */
    public void showSide(Side which) {
        side.show(SideBar.Side.valueOf(which.name()));
    }

    /** Shows a centre view, making it the first time. */
    public void showView(String id) {
        tabs.show(id);
    }

    private netlab.engine.workspace.WorkspaceLayout layout() {
        netlab.engine.preset.Preset open = model.presets().currentProperty().get();
        return new netlab.engine.workspace.WorkspaceLayout(currentView(), sideShown.get(), model.presets().bannerFoldedProperty().get(),
                open == null ? null : open.id());
    }

    private void showLayout(netlab.engine.workspace.WorkspaceLayout l) {
        if (l.preset() != null) {
            model.presets().find(l.preset()).ifPresent(model.presets()::open);
        }
        sideShown.set(l.sideBar());
        model.presets().bannerFoldedProperty().set(l.bannerFolded());
        showView(l.view());
    }

    public String currentView() {
        return tabs.current();
    }

    private void search() {
        showView("panes");
        PaneModel pane = side.selectedPane();
        panes().openSearch(pane == null ? null : pane.key());
    }

    private void nextStep(StepSize size) {
        if (!model.stepGate().steppingProperty().get()) {
            model.stepGate().steppingProperty().set(true);
        }
        model.stepGate().next(size);
    }

    private void presentation(boolean on) {
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        placeSide();
    }

    /** The side bar is out in presentation and when collapsed (Ctrl+B, or the title bar's first button). */
    private void placeSide() {
        boolean show = sideShown.get() && !model.presentationProperty().get();
        if (!show) {
            split.getItems().remove(side.node());
        } else if (!split.getItems().contains(side.node())) {
            split.getItems().add(0, side.node());
            placeDivider();
        }
    }

    /** The window closes: the centre's views let go of what they hold. */
    public void dispose() {
        tabs.dispose();
    }

    private javafx.scene.control.ToggleButton sideToggle() {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(null,
                netlab.ui.controls.Icons.of(org.kordamp.ikonli.feather.Feather.SIDEBAR));
        b.setId("sidebar-toggle");
        b.setMnemonicParsing(false);
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        b.selectedProperty().bindBidirectional(sideShown);
        b.accessibleTextProperty().bind(i18n.text("sidebar.toggle"));
        b.setTooltip(netlab.ui.controls.Tooltips.withShortcut(i18n, "sidebar.toggle.tooltip", Shortcut.TOGGLE_SIDEBAR));
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    public BorderPane node() {
        return root;
    }

    /** The title bar's Record, its size, and Open a recording. */
    public RecordingControls recordingControls() {
        return recordingControls;
    }

    public BenchTreeView tree() {
        return side.tree();
    }

    public PresetBanner banner() {
        return banner;
    }

    /** The view made for {@code id}, once shown. */
    public LabPart viewPart(String id) {
        return tabs.made(id);
    }

    /** The panes' view (made at once: the window opens on it). */
    public PanesView panes() {
        return (PanesView) tabs.part("panes");
    }

    public TimelineView timeline() {
        return (TimelineView) tabs.made("timeline");
    }

    public ChunkMapView chunkMap() {
        return (ChunkMapView) tabs.made("chunks");
    }

    public CodeView code() {
        return (CodeView) tabs.made("code");
    }
}
