package netlab.ui.lab;

import java.util.List;
import java.util.Locale;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.theme.Theme;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's title bar: the name, the loop's tools and the recording's controls given, the
 * language, presentation, Clear and the theme.
 */
final class TitleBar {
    private final LabViewModel model;
    private final I18n i18n;
    private final Button clear = new Button(null, Icons.of(Feather.TRASH_2));
    private final ToggleButton theme = new ToggleButton();
    private final ToggleButton presentation = new ToggleButton(null, Icons.of(Feather.MONITOR));
    private final HBox bar;

    /**
     * @param leading before the name (the side bar's toggle)
     * @param tools   the loop's tools and the recording's controls
     */
    TitleBar(LabViewModel model, Node leading, List<Node> tools) {
        this.model = model;
        this.i18n = model.i18n();
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.setGraphic(Icons.of(Feather.ACTIVITY, "app-icon"));
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label tagline = new Label();
        tagline.setId("tagline");
        tagline.textProperty().bind(i18n.text("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED, "experiment");
        clear();
        presentation();
        theme();
        bar = new HBox(12, leading, title, tagline, new Spacer());
        bar.getChildren().addAll(tools);
        MenuButton language = languageMenu();
        bar.getChildren().addAll(language, presentation, clear, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("title-bar");
        // on a narrow window (a 1024×768 projector) the tagline goes first, then the buttons keep
        // their icons only (their tooltips and accessible texts still name them): nothing is cut to "…"
        for (Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.layout.Region r && n != tagline) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        tagline.setMinWidth(0);
        tagline.managedProperty().bind(tagline.visibleProperty());
        // every worded button of the bar gives up its words (the tools' too: the workspace menu)
        List<javafx.scene.control.Labeled> shrinking = new java.util.ArrayList<>(List.of(language, presentation, clear));
        for (Node n : tools) {
            if (n instanceof javafx.scene.control.Labeled l && l.getGraphic() != null) {
                shrinking.add(l);
            }
        }
        Runnable fit = () -> fit(tagline, shrinking);
        bar.widthProperty().addListener(o -> fit.run());
        bar.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(o -> fit.run());
            }
        });
        i18n.localeProperty().addListener(o -> javafx.application.Platform.runLater(fit));
    }

    /** Hides the tagline, then the buttons' words, as far as the bar's width asks. */
    private void fit(Label tagline, List<javafx.scene.control.Labeled> shrinking) {
        // the window's width, not the bar's: a bar wider than its minimum lays the window out wider than the screen
        double width = bar.getScene() == null ? bar.getWidth() : Math.min(bar.getWidth(), bar.getScene().getWidth());
        if (width <= 0) {
            return;
        }
        for (javafx.scene.control.Labeled l : shrinking) {
            l.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        }
        double spacing = bar.getSpacing();
        double others = 0;
        int count = 0;
        for (Node n : bar.getChildren()) {
            if (n != tagline && n.isManaged()) {
                others += n.prefWidth(-1);
                count++;
            }
        }
        double needed = others + spacing * count + bar.getInsets().getLeft() + bar.getInsets().getRight();
        boolean words = needed <= width;
        for (javafx.scene.control.Labeled l : shrinking) {
            l.setContentDisplay(words ? javafx.scene.control.ContentDisplay.LEFT : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
        tagline.setVisible(words && needed + tagline.prefWidth(-1) <= width);
    }

    private void clear() {
        clear.setMnemonicParsing(false);
        clear.setId("clear-panes");
        clear.textProperty().bind(i18n.text("toolbar.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setTooltip(Tooltips.withShortcut(i18n, "toolbar.clear.tooltip", Shortcut.CLEAR_PANES));
        clear.setOnAction(e -> model.clearPanes());
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

    private void presentation() {
        presentation.setMnemonicParsing(false);
        presentation.setId("presentation-toggle");
        presentation.textProperty().bind(i18n.text("toolbar.presentation"));
        presentation.getStyleClass().add(Styles.FLAT);
        presentation.setTooltip(Tooltips.withShortcut(i18n, "toolbar.presentation.tooltip", Shortcut.PRESENTATION));
        presentation.selectedProperty().bindBidirectional(model.presentationProperty());
    }

    private void theme() {
        theme.setMnemonicParsing(false);
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.selectedProperty().addListener((obs, old, dark) -> model.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((obs, old, now) -> theme.setSelected(now == Theme.DARK));
        theme.setSelected(model.themeProperty().get() == Theme.DARK);
        theme.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.of(theme.isSelected() ? Feather.SUN : Feather.MOON), theme.selectedProperty()));
        // an icon-only button still says what it does to a screen reader and in its tooltip
        String key = "toolbar.theme";
        theme.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(theme.isSelected() ? key + ".light" : key + ".dark"),
                theme.selectedProperty(), i18n.localeProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(theme.isSelected() ? key + ".light.tooltip" : key + ".dark.tooltip",
                        Shortcut.TOGGLE_THEME.displayText()),
                theme.selectedProperty(), i18n.localeProperty()));
        theme.setTooltip(tip);
    }

    Button clearButton() {
        return clear;
    }

    ToggleButton themeToggle() {
        return theme;
    }

    ToggleButton presentationToggle() {
        return presentation;
    }

    HBox node() {
        return bar;
    }
}
