package netlab.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import netlab.ui.client.ClientCard;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.keys.ShortcutHandler;
import netlab.ui.panes.PanesView;
import netlab.ui.server.ServerCard;
import netlab.ui.status.StatusBar;
import netlab.ui.theme.Theme;
import netlab.ui.theme.ThemeApplier;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's content: a title bar, the bench cards on the left, the panes in the middle, the
 * status line at the bottom. Only puts the parts together; each part binds to its own model.
 */
public final class LabView {
    private final BorderPane root = new BorderPane();

    public LabView(LabViewModel model) {
        I18n i18n = model.i18n();
        root.getStyleClass().add("lab");
        root.setId("lab");

        ServerCard server = new ServerCard(model.server(), i18n);
        ClientCard client = new ClientCard(model.client(), i18n);
        VBox bench = new VBox(12, server.node(), client.node());
        bench.getStyleClass().add("bench");
        ScrollPane benchScroll = new ScrollPane(bench);
        benchScroll.setFitToWidth(true);
        benchScroll.getStyleClass().add("bench-scroll");
        benchScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Button clear = new Button(null, Icons.of(Feather.TRASH_2));
        clear.setMnemonicParsing(false);
        clear.setId("clear-panes");
        clear.textProperty().bind(i18n.text("toolbar.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setTooltip(Tooltips.withShortcut(i18n, "toolbar.clear.tooltip", Shortcut.CLEAR_PANES));
        clear.setOnAction(e -> model.clearPanes());

        ToggleButton theme = themeToggle(model, i18n);

        root.setTop(titleBar(i18n, new LoopTools(model.lab(), i18n).nodes(), clear, theme));
        root.setLeft(benchScroll);
        root.setCenter(new PanesView(model.panes(), i18n, model::stopEndpoint).node());
        root.setBottom(new StatusBar(model.status(), i18n).node());

        ThemeApplier themes = new ThemeApplier(root);
        model.themeProperty().addListener((obs, old, now) -> themes.apply(now));
        themes.apply(model.themeProperty().get());

        new ShortcutHandler()
                .on(Shortcut.START_SERVER, server.startButton()::fire)
                .on(Shortcut.STOP_SERVER, server.stopButton()::fire)
                .on(Shortcut.SEND, client.sendButton()::fire)
                .on(Shortcut.CLEAR_PANES, clear::fire)
                .on(Shortcut.TOGGLE_THEME, theme::fire)
                .install(root);
    }

    private static HBox titleBar(I18n i18n, java.util.List<javafx.scene.Node> tools, Button clear, ToggleButton theme) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.setGraphic(Icons.of(Feather.ACTIVITY, "app-icon"));
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label experiment = new Label();
        experiment.setId("experiment");
        experiment.textProperty().bind(i18n.text("experiment.streamEcho"));
        experiment.getStyleClass().addAll(Styles.TEXT_MUTED, "experiment");
        HBox bar = new HBox(12, title, experiment, new Spacer());
        bar.getChildren().addAll(tools);
        bar.getChildren().addAll(clear, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("title-bar");
        return bar;
    }

    private static ToggleButton themeToggle(LabViewModel model, I18n i18n) {
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
}
