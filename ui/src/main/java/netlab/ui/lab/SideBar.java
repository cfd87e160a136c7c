package netlab.ui.lab;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
import netlab.ui.client.ClientCard;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.interactive.InteractiveClientCard;
import netlab.ui.keys.Shortcut;
import netlab.ui.library.PresetLibraryView;
import netlab.ui.panes.PaneModel;
import netlab.ui.server.ServerCard;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The side bar: the preset library, the bench (a tree of everything running, and the selected
 * item's inspector), and the forms that make new endpoints, one panel at a time.
 */
final class SideBar {
    /** The side bar's panels. */
    enum Side { LIBRARY, BENCH, NEW }

    private final LabViewModel model;
    /** Opens the split test view in the centre (New ▸ Split test). */
    private final Runnable openSplitTest;
    private final I18n i18n;
    private final boolean replay;
    private final VBox root;
    private final StackPane content = new StackPane();
    private final Map<Side, Node> panels = new LinkedHashMap<>();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, Node> forms = new LinkedHashMap<>();
    private final ServerCard server;
    private final ClientCard client;
    private final BenchTreeView tree;
    private final ScrollPane newScroll;

    /**
     * @param showPane   opens the panes tab at an item's pane
     * @param showChunks opens the chunk map of an item's conversation
     */
    SideBar(LabViewModel model, Consumer<BenchItem> showPane, Consumer<BenchItem> showChunks, ViewCatalog catalog,
            Runnable openSplitTest) {
        this.openSplitTest = openSplitTest;
        this.model = model;
        this.i18n = model.i18n();
        this.replay = model.isReplay();
        server = new ServerCard(model.server(), i18n);
        client = new ClientCard(model.client(), i18n);
        InteractiveClientCard interactive = new InteractiveClientCard(model.interactive(), i18n);
        tree = new BenchTreeView(model.bench(), i18n);

        panels.put(Side.LIBRARY, new PresetLibraryView(model.presets(), i18n).node());
        panels.put(Side.BENCH, benchPanel(showPane, showChunks, catalog));
        forms.put("tcp-server", server.node());
        forms.put("tcp-client", client.node());
        forms.put("interactive-client", interactive.node());
        VBox newForms = new VBox(12, server.node(), client.node(), interactive.node());
        for (EndpointKind kind : EndpointKinds.all()) {
            LabPart form = kind.newForm(model);
            if (form != null) {
                model.subscribe(form);
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
        panels.put(Side.NEW, newScroll);
        root = new Column();
        if (!replay) {
            root.getChildren().add(sideSwitch());
        }
        root.getChildren().add(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getStyleClass().add("sidebar");
        root.setId("sidebar");
        root.setPrefWidth(400);
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
            b.setToggleGroup(group);
            b.setUserData(side);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> show(side));
            bar.getChildren().add(b);
        }
        return bar;
    }

    /** Shows a panel of the side bar. */
    void show(Side side) {
        content.getChildren().setAll(panels.get(side));
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == side));
    }

    private Node benchPanel(Consumer<BenchItem> showPane, Consumer<BenchItem> showChunks, ViewCatalog catalog) {
        BenchToolbar toolbar = new BenchToolbar(model.benchActions(), model.selectedItemProperty(), i18n, this::newEndpoint);
        VBox top = replay ? new VBox(6, tree.node()) : new VBox(6, toolbar.node(), tree.node());
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        BenchInspector inspector = new BenchInspector(model, model.selectedItemProperty(), model::paneOf, showPane, showChunks,
                catalog.endpointViews(), model::subscribe);
        model.subscribe(inspector);
        ScrollPane inspectorScroll = new ScrollPane(inspector.node());
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inspectorScroll.setMinWidth(0);
        inspectorScroll.getStyleClass().add("inspector-scroll");
        SplitPane panel = new SplitPane(top, inspectorScroll);
        panel.setOrientation(Orientation.VERTICAL);
        panel.setDividerPositions(0.55);
        panel.setId("bench-panel");
        panel.setMinWidth(0);
        return panel;
    }

    /** The "New" menu: opens the form of that kind. */
    void newEndpoint(String kindId) {
        if (netlab.ui.bench.BenchToolbar.SPLIT_TEST.equals(kindId)) {
            openSplitTest.run();
            return;
        }
        show(Side.NEW);
        Node form = forms.get(kindId);
        if (form != null) {
            Platform.runLater(() -> {
                double h = newScroll.getContent().getBoundsInLocal().getHeight() - newScroll.getViewportBounds().getHeight();
                newScroll.setVvalue(h <= 0 ? 0 : Math.min(1, form.getBoundsInParent().getMinY() / h));
                form.requestFocus();
            });
        }
    }

    /** The pane of the tree's selection, when one is shown. */
    PaneModel selectedPane() {
        return model.paneOf(model.selectedItemProperty().get());
    }

    ServerCard server() {
        return server;
    }

    ClientCard client() {
        return client;
    }

    BenchTreeView tree() {
        return tree;
    }

    VBox node() {
        return root;
    }

    /**
     * The side bar's column: never narrower than {@link #MIN_WIDTH}, nor than the panel it shows
     * needs. A fixed minimum let the new-endpoint forms (the rules editor's buttons, the client's
     * host, port and connect button in a row) run 40 px past its edge at 1024×768, cut off with
     * no scroll bar to reach them; the split pane now moves its divider for them instead.
     */
    private static final class Column extends VBox {
        static final double MIN_WIDTH = 340;

        @Override
        protected double computeMinWidth(double height) {
            return Math.max(MIN_WIDTH, super.computeMinWidth(height));
        }
    }
}
