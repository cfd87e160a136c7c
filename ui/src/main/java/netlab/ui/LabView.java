package netlab.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import netlab.ui.bench.BenchInspector;
import netlab.ui.bench.BenchItem;
import netlab.ui.bench.BenchToolbar;
import netlab.ui.bench.BenchTreeView;
import netlab.ui.bench.EndpointKind;
import netlab.ui.bench.EndpointKinds;
import netlab.ui.chunks.ChunkMapView;
import netlab.ui.client.ClientCard;
import netlab.ui.code.CodeView;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.interactive.InteractiveClientCard;
import netlab.ui.keys.Shortcut;
import netlab.ui.keys.ShortcutHandler;
import netlab.ui.library.PresetBanner;
import netlab.ui.library.PresetLibraryView;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PanesView;
import netlab.ui.recording.RecordingControls;
import netlab.ui.replay.ReplayWindow;
import netlab.ui.server.ServerCard;
import netlab.ui.status.StatusBar;
import netlab.ui.theme.Theme;
import netlab.ui.theme.ThemeApplier;
import netlab.ui.timeline.TimelineView;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabPart;
import netlab.ui.views.ViewCatalog;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's content. Left, the side bar: the preset library, the bench (a tree of everything
 * running, and the selected item's inspector), and the forms that make new endpoints. Right, the
 * open preset with its Run button over the views: panes, chunk map, timeline, code, and whatever
 * views {@link ViewCatalog} adds. Only puts the parts together; each part binds to its own model.
 */
public final class LabView {
    /** The side bar's panels. */
    public enum Side { LIBRARY, BENCH, NEW }

    private final LabViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final VBox sidebar;
    private final StackPane sideContent = new StackPane();
    private final Map<Side, Node> sides = new LinkedHashMap<>();
    private final ToggleGroup sideGroup = new ToggleGroup();
    private final StackPane viewContent = new StackPane();
    private final ToggleGroup viewGroup = new ToggleGroup();
    private final HBox viewBar = new HBox(4);
    private final Map<String, Supplier<LabPart>> viewFactories = new LinkedHashMap<>();
    private final Map<String, LabPart> viewParts = new LinkedHashMap<>();
    private final ServerCard server;
    private final ClientCard client;
    private final InteractiveClientCard interactive;
    private final PanesView panes;
    private final PresetBanner banner;
    private final BenchTreeView tree;
    private final ScrollPane newScroll;
    private final Map<String, Node> forms = new LinkedHashMap<>();
    private String currentView;
    private TimelineView timeline;
    private ChunkMapView chunkMap;
    private CodeView code;
    /** A window replaying a recording: nothing runs, so nothing to make, run or schedule. */
    private boolean replay;
    private RecordingControls recordingControls;

    public LabView(LabViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        root.getStyleClass().add("lab");
        root.setId("lab");

        server = new ServerCard(model.server(), i18n);
        client = new ClientCard(model.client(), i18n);
        interactive = new InteractiveClientCard(model.interactive(), i18n);
        panes = new PanesView(model.panes(), i18n, model, model.paneSettings());
        banner = new PresetBanner(model.presets(), model.stepGate(), i18n);
        // a program waiting for SIGINT (the signals experiment) gets it from here: a window has no Ctrl+C
        netlab.ui.signals.SignalsModel signals = model.model(netlab.ui.signals.SignalsModel.class);
        if (signals != null) {
            banner.addControl(new netlab.ui.signals.SignalButtons(signals, model.lab(), i18n).node());
        }
        tree = new BenchTreeView(model.bench(), i18n);

        // ---- side bar ----
        replay = model.isReplay();
        sides.put(Side.LIBRARY, new PresetLibraryView(model.presets(), i18n).node());
        sides.put(Side.BENCH, benchPanel());
        forms.put("tcp-server", server.node());
        forms.put("tcp-client", client.node());
        forms.put("interactive-client", interactive.node());
        VBox newForms = new VBox(12, server.node(), client.node(), interactive.node());
        for (EndpointKind kind : EndpointKinds.all()) {
            LabPart form = kind.newForm(model);
            if (form != null) {
                model.addPart(form);
                forms.put(kind.id(), form.node());
                newForms.getChildren().add(form.node());
            }
        }
        newForms.getStyleClass().add("bench");
        newScroll = new ScrollPane(newForms);
        newScroll.setFitToWidth(true);
        newScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        newScroll.getStyleClass().add("bench-scroll");
        newScroll.setId("new-panel");
        sides.put(Side.NEW, newScroll);
        sidebar = replay ? new VBox(sideContent) : new VBox(sideSwitch(), sideContent);
        VBox.setVgrow(sideContent, Priority.ALWAYS);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("sidebar");
        sidebar.setMinWidth(340);

        // ---- views ----
        viewFactories.put("panes", () -> adapter(panes.node()));
        viewFactories.put("chunks", () -> chunkMap = new ChunkMapView(model.chunkMap(), i18n, model.themeProperty()));
        viewFactories.put("timeline", () -> {
            timeline = new TimelineView(model.timeline(), i18n, model::focus, model.themeProperty());
            timeline.setFocused(model.focusedEventProperty().get());
            return timeline;
        });
        viewFactories.put("code", () -> code = new CodeView(model.code(), i18n));
        addViewButton("panes", "view.panes", Feather.COLUMNS).setTooltip(Tooltips.withShortcut(i18n, "view.panes.tooltip", Shortcut.VIEW_PANES));
        addViewButton("chunks", "view.chunks", Feather.BAR_CHART_2).setTooltip(Tooltips.withShortcut(i18n, "view.chunks.tooltip", Shortcut.VIEW_CHUNKS));
        addViewButton("timeline", "view.timeline", Feather.GIT_COMMIT).setTooltip(Tooltips.withShortcut(i18n, "view.timeline.tooltip", Shortcut.VIEW_TIMELINE));
        addViewButton("code", "view.code", Feather.FILE_TEXT).setTooltip(Tooltips.withShortcut(i18n, "view.code.tooltip", Shortcut.VIEW_CODE));
        for (CenterView view : ViewCatalog.centerViews()) {
            viewFactories.put(view.id(), () -> view.create(model));
            addViewButton(view.id(), view.titleKey(), view.icon());
        }
        viewBar.getStyleClass().add("view-bar");
        viewBar.setAlignment(Pos.CENTER_LEFT);
        model.focusedEventProperty().addListener((obs, old, now) -> {
            if (timeline != null) {
                timeline.setFocused(now);
            }
        });
        VBox main = replay ? new VBox(viewBar, viewContent) : new VBox(banner.node(), viewBar, viewContent);
        VBox.setVgrow(viewContent, Priority.ALWAYS);
        main.getStyleClass().add("main");

        split.getItems().setAll(sidebar, main);
        placeDivider();
        SplitPane.setResizableWithParent(sidebar, false);
        sidebar.setPrefWidth(400);
        split.setId("lab-split");

        Button clear = new Button(null, Icons.of(Feather.TRASH_2));
        clear.setMnemonicParsing(false);
        clear.setId("clear-panes");
        clear.textProperty().bind(i18n.text("toolbar.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setTooltip(Tooltips.withShortcut(i18n, "toolbar.clear.tooltip", Shortcut.CLEAR_PANES));
        clear.setOnAction(e -> model.clearPanes());
        ToggleButton theme = themeToggle();
        ToggleButton presentation = presentationToggle();

        recordingControls = new RecordingControls(model.recording(), i18n, model.settings(), model::openRecording);
        recordingControls.acceptDrops(root);
        model.setReplayOpener(r -> ReplayWindow.show(new javafx.stage.Stage(), r, model.options(), i18n.localeProperty().get()));
        model.openProblemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, now.render(i18n));
                alert.setHeaderText(i18n.get("recording.cannotOpen"));
                alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
                alert.show();
            }
        });
        List<Node> tools = new java.util.ArrayList<>();
        if (!replay) {
            tools.addAll(new LoopTools(model.lab(), i18n).nodes());
            tools.addAll(recordingControls.nodes());
        } else {
            tools.add(recordingControls.openButton());
        }
        root.setTop(titleBar(clear, theme, presentation, languageMenu(), tools));
        root.setCenter(split);
        javafx.scene.layout.HBox status = new StatusBar(model.status(), i18n).node();
        if (!replay) {
            status.getChildren().add(recordingControls.sizeLabel());
        }
        root.setBottom(status);

        ThemeApplier themes = new ThemeApplier(root);
        model.themeProperty().addListener((obs, old, now) -> themes.apply(now));
        themes.apply(model.themeProperty().get());
        model.presentationProperty().addListener((obs, old, now) -> presentation(now));

        // the bench tree and the views follow one another
        tree.selectedProperty().addListener((obs, old, now) -> {
            BenchItem item = now == null ? null : now.getValue();
            model.select(item);
            PaneModel pane = model.paneOf(item);
            if (pane != null) {
                model.chunkMap().choosePane(pane.key());
                if ("panes".equals(currentView)) {
                    panes.reveal(pane.key());
                }
            }
        });

        ShortcutHandler keys = new ShortcutHandler()
                .on(Shortcut.CLEAR_PANES, clear::fire)
                .on(Shortcut.TOGGLE_THEME, theme::fire)
                .on(Shortcut.SEARCH, this::search)
                .on(Shortcut.PRESENTATION, presentation::fire)
                .on(Shortcut.BENCH, () -> showSide(Side.BENCH))
                .on(Shortcut.VIEW_PANES, () -> showView("panes"))
                .on(Shortcut.VIEW_CHUNKS, () -> showView("chunks"))
                .on(Shortcut.VIEW_TIMELINE, () -> showView("timeline"))
                .on(Shortcut.VIEW_CODE, () -> showView("code"))
                .on(Shortcut.OPEN_RECORDING, recordingControls::chooseAndOpen);
        if (!replay) {
            // a replay runs nothing: no server to start, nothing to send, no preset to run
            keys.on(Shortcut.START_SERVER, server.startButton()::fire)
                    .on(Shortcut.STOP_SERVER, server.stopButton()::fire)
                    .on(Shortcut.SEND, client.sendButton()::fire)
                    .on(Shortcut.RUN_PRESET, banner.runButton()::fire)
                    .on(Shortcut.NEXT_STEP, this::nextStep)
                    .on(Shortcut.STEP_MODE, banner.steppingToggle()::fire)
                    .on(Shortcut.STOP_SELECTED, () -> model.benchActions().stop(model.selectionProperty().get()))
                    .on(Shortcut.LIBRARY, () -> showSide(Side.LIBRARY))
                    .on(Shortcut.NEW, () -> showSide(Side.NEW))
                    .on(Shortcut.RECORD, recordingControls::toggle);
        }
        keys.install(root);
        // a presenter's remote sends Page Down; in presentation it is the next step
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!replay && model.presentationProperty().get() && (e.getCode() == KeyCode.PAGE_DOWN
                    || (e.getCode() == KeyCode.SPACE && !(e.getTarget() instanceof TextInputControl)))) {
                nextStep();
                e.consume();
            }
        });

        showSide(replay ? Side.BENCH : model.presets().presets().isEmpty() ? Side.NEW : Side.LIBRARY);
        showView("panes");
        // the parts that draw (chunk map, timeline, plug-ins) are driven once per frame
        model.addPart(new LabPart() {
            @Override
            public Node node() {
                return root;
            }

            @Override
            public void accept(netlab.engine.event.LabEvent event) {
                for (Map.Entry<String, LabPart> e : viewParts.entrySet()) {
                    e.getValue().accept(event);
                }
            }

            @Override
            public void commit() {
                for (LabPart part : viewParts.values()) {
                    part.commit();
                }
            }
        });
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

    private LabPart adapter(Node node) {
        return () -> node;
    }

    private HBox sideSwitch() {
        HBox bar = new HBox();
        bar.getStyleClass().add("side-switch");
        bar.setAlignment(Pos.CENTER);
        Side[] all = Side.values();
        for (int i = 0; i < all.length; i++) {
            Side side = all[i];
            String name = side.name().toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton(null, Icons.of(switch (side) {
                case LIBRARY -> Feather.BOOK;
                case BENCH -> Feather.LIST;
                case NEW -> Feather.PLUS_CIRCLE;
            }));
            b.setMnemonicParsing(false);
            b.setId("side-" + name);
            b.textProperty().bind(i18n.text("side." + name));
            b.setTooltip(Tooltips.withShortcut(i18n, "side." + name + ".tooltip", switch (side) {
                case LIBRARY -> Shortcut.LIBRARY;
                case BENCH -> Shortcut.BENCH;
                case NEW -> Shortcut.NEW;
            }));
            b.setToggleGroup(sideGroup);
            b.setUserData(side);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> showSide(side));
            bar.getChildren().add(b);
        }
        return bar;
    }

    /** Shows a panel of the side bar. */
    public void showSide(Side side) {
        sideContent.getChildren().setAll(sides.get(side));
        sideGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == side));
    }

    private Node benchPanel() {
        BenchToolbar toolbar = new BenchToolbar(model.benchActions(), model.selectionProperty(), i18n, this::newEndpoint);
        VBox top = replay ? new VBox(6, tree.node()) : new VBox(6, toolbar.node(), tree.node());
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        BenchInspector inspector = new BenchInspector(model, model::paneOf,
                item -> {
                    showView("panes");
                    PaneModel pane = model.paneOf(item);
                    if (pane != null) {
                        javafx.application.Platform.runLater(() -> panes.reveal(pane.key()));
                    }
                },
                item -> {
                    PaneModel pane = model.paneOf(item);
                    if (pane != null) {
                        model.chunkMap().choosePane(pane.key());
                    }
                    showView("chunks");
                },
                ViewCatalog.endpointViews());
        model.addPart(inspector);
        ScrollPane inspectorScroll = new ScrollPane(inspector.node());
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inspectorScroll.setMinWidth(0);
        inspectorScroll.getStyleClass().add("inspector-scroll");
        SplitPane panel = new SplitPane(top, inspectorScroll);
        panel.setOrientation(javafx.geometry.Orientation.VERTICAL);
        panel.setDividerPositions(0.55);
        panel.setId("bench-panel");
        panel.setMinWidth(0);
        return panel;
    }

    /** The "New" menu: opens the form of that kind. */
    private void newEndpoint(String kindId) {
        showSide(Side.NEW);
        Node form = forms.get(kindId);
        if (form != null) {
            javafx.application.Platform.runLater(() -> {
                double h = newScroll.getContent().getBoundsInLocal().getHeight() - newScroll.getViewportBounds().getHeight();
                newScroll.setVvalue(h <= 0 ? 0 : Math.min(1, form.getBoundsInParent().getMinY() / h));
                form.requestFocus();
            });
        }
    }

    private ToggleButton addViewButton(String id, String titleKey, Ikon icon) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId("view-" + id);
        b.textProperty().bind(i18n.text(titleKey));
        b.setToggleGroup(viewGroup);
        b.setUserData(id);
        b.getStyleClass().addAll("view-button");
        b.setOnAction(e -> showView(id));
        viewBar.getChildren().add(b);
        return b;
    }

    /** Shows a centre view, making it the first time. */
    public void showView(String id) {
        Supplier<LabPart> factory = viewFactories.get(id);
        if (factory == null) {
            return;
        }
        LabPart part = viewParts.computeIfAbsent(id, k -> factory.get());
        for (Map.Entry<String, LabPart> e : viewParts.entrySet()) {
            if (!e.getKey().equals(id)) {
                e.getValue().setShown(false);
            }
        }
        viewContent.getChildren().setAll(part.node());
        currentView = id;
        viewGroup.getToggles().forEach(t -> t.setSelected(id.equals(t.getUserData())));
        part.setShown(true);
    }

    public String currentView() {
        return currentView;
    }

    private void search() {
        showView("panes");
        PaneModel pane = model.paneOf(model.selectionProperty().get());
        panes.openSearch(pane == null ? null : pane.key());
    }

    private void nextStep() {
        if (!model.stepGate().steppingProperty().get()) {
            model.stepGate().steppingProperty().set(true);
        }
        model.stepGate().next();
    }

    private void presentation(boolean on) {
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
            split.getItems().remove(sidebar);
        } else if (!split.getItems().contains(sidebar)) {
            split.getItems().add(0, sidebar);
            placeDivider();
        }
    }

    private HBox titleBar(Button clear, ToggleButton theme, ToggleButton presentation, MenuButton language,
                          List<Node> loopTools) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.setGraphic(Icons.of(Feather.ACTIVITY, "app-icon"));
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label tagline = new Label();
        tagline.setId("tagline");
        tagline.textProperty().bind(i18n.text("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED, "experiment");
        HBox bar = new HBox(12, title, tagline, new Spacer());
        // the loop's own tools (lag gauge, scheduler, run a command) come from the loop work
        bar.getChildren().addAll(loopTools);
        bar.getChildren().addAll(language, presentation, clear, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("title-bar");
        return bar;
    }

    private MenuButton languageMenu() {
        MenuButton menu = new MenuButton(null, Icons.of(Feather.GLOBE));
        menu.setMnemonicParsing(false);
        menu.setId("language");
        menu.getStyleClass().add(Styles.FLAT);
        menu.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("language.current"), i18n.localeProperty()));
        menu.accessibleTextProperty().bind(i18n.text("language.choose"));
        menu.setTooltip(Tooltips.of(i18n, "language.choose"));
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            RadioMenuItem item = new RadioMenuItem(locale == Locale.ENGLISH ? "English" : "简体中文");
            item.setMnemonicParsing(false);
            item.setId("language-" + locale.toLanguageTag());
            item.setToggleGroup(group);
            item.setSelected(LabOptions.supported(i18n.localeProperty().get()).equals(locale));
            item.setOnAction(e -> i18n.localeProperty().set(locale));
            i18n.localeProperty().addListener((obs, old, now) -> item.setSelected(LabOptions.supported(now).equals(locale)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private ToggleButton presentationToggle() {
        ToggleButton toggle = new ToggleButton(null, Icons.of(Feather.MONITOR));
        toggle.setMnemonicParsing(false);
        toggle.setId("presentation-toggle");
        toggle.textProperty().bind(i18n.text("toolbar.presentation"));
        toggle.getStyleClass().add(Styles.FLAT);
        toggle.setTooltip(Tooltips.withShortcut(i18n, "toolbar.presentation.tooltip", Shortcut.PRESENTATION));
        toggle.selectedProperty().bindBidirectional(model.presentationProperty());
        return toggle;
    }

    private ToggleButton themeToggle() {
        ToggleButton toggle = new ToggleButton();
        toggle.setMnemonicParsing(false);
        toggle.setId("theme-toggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        toggle.selectedProperty().addListener((obs, old, dark) -> model.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((obs, old, now) -> toggle.setSelected(now == Theme.DARK));
        toggle.setSelected(model.themeProperty().get() == Theme.DARK);
        toggle.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.of(toggle.isSelected() ? Feather.SUN : Feather.MOON), toggle.selectedProperty()));
        // an icon-only button still says what it does to a screen reader and in its tooltip
        String key = "toolbar.theme";
        toggle.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(toggle.isSelected() ? key + ".light" : key + ".dark"),
                toggle.selectedProperty(), i18n.localeProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(toggle.isSelected() ? key + ".light.tooltip" : key + ".dark.tooltip",
                        Shortcut.TOGGLE_THEME.displayText()),
                toggle.selectedProperty(), i18n.localeProperty()));
        toggle.setTooltip(tip);
        return toggle;
    }

    public BorderPane node() {
        return root;
    }

    /** The title bar's Record, its size, and Open a recording. */
    public RecordingControls recordingControls() {
        return recordingControls;
    }

    public PanesView panes() {
        return panes;
    }

    public BenchTreeView tree() {
        return tree;
    }

    public PresetBanner banner() {
        return banner;
    }

    /** The view made for {@code id}, once shown. */
    public LabPart viewPart(String id) {
        return viewParts.get(id);
    }

    public TimelineView timeline() {
        return timeline;
    }

    public ChunkMapView chunkMap() {
        return chunkMap;
    }

    public CodeView code() {
        return code;
    }
}
