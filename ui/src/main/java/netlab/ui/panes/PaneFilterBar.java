package netlab.ui.panes;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.NodeNames;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * A pane's filter row, hidden until asked for (the header's filter button, Ctrl+Shift+F): which
 * lines by what they are (all, in, out, in and out, events: one small choice, so that the row fits a
 * pane at 1024×768), a text to find in them, plain or as a
 * regular expression, and a button that shows every line again; a regular expression that is not
 * one is said in red under the row. Escape hides the row; the filter stays, and the header keeps
 * saying how many lines it hides.
 */
final class PaneFilterBar {
    private final TextField field = new TextField();
    private final VBox root;

    PaneFilterBar(PaneFilter filter, String paneKey, I18n i18n) {
        MenuButton directions = new MenuButton();
        directions.setMnemonicParsing(false);
        NodeNames.name(directions, "pane-filter-direction-" + paneKey);
        directions.getStyleClass().add(Styles.SMALL);
        directions.setTooltip(Tooltips.of(i18n, "pane.filter.direction"));
        directions.accessibleTextProperty().bind(i18n.text("pane.filter.direction"));
        directions.setMinWidth(MenuButton.USE_PREF_SIZE);
        directions.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(filter.directionProperty().get().messageKey()), filter.directionProperty(), i18n.localeProperty()));
        ToggleGroup group = new ToggleGroup();
        for (LineDirection d : LineDirection.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setMnemonicParsing(false);
            item.setId("pane-filter-" + d.name().toLowerCase(Locale.ROOT) + "-" + paneKey); // a menu item: its id styles only its own popup
            item.textProperty().bind(i18n.text(d.messageKey()));
            item.setToggleGroup(group);
            item.setUserData(d);
            item.setOnAction(e -> filter.directionProperty().set(d));
            directions.getItems().add(item);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == filter.directionProperty().get()));
        filter.directionProperty().addListener(o -> select.run());
        select.run();

        NodeNames.name(field, "pane-filter-text-" + paneKey);
        field.getStyleClass().add(Styles.SMALL);
        field.promptTextProperty().bind(i18n.text("pane.filter.prompt"));
        field.accessibleTextProperty().bind(i18n.text("pane.filter"));
        field.textProperty().bindBidirectional(filter.textProperty());
        field.setPrefColumnCount(6);
        field.setMinWidth(60);
        HBox.setHgrow(field, Priority.ALWAYS);
        filter.problemProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });

        ToggleButton regex = new ToggleButton(".*");
        regex.setMnemonicParsing(false);
        NodeNames.name(regex, "pane-filter-regex-" + paneKey);
        regex.getStyleClass().addAll(Styles.SMALL, "pane-filter-regex");
        regex.setMinWidth(ToggleButton.USE_PREF_SIZE);
        regex.setTooltip(Tooltips.of(i18n, "pane.filter.regex"));
        regex.accessibleTextProperty().bind(i18n.text("pane.filter.regex"));
        regex.selectedProperty().bindBidirectional(filter.regexProperty());

        Button clear = PaneButtons.icon(i18n, Feather.X_CIRCLE, "pane.filter.clear", "pane-filter-clear-" + paneKey);
        clear.disableProperty().bind(filter.activeProperty().not().and(filter.textProperty().isEmpty()));
        clear.setOnAction(e -> filter.clear());
        Button hide = PaneButtons.icon(i18n, Feather.CHEVRON_UP, "pane.filter.close", "pane-filter-close-" + paneKey);
        hide.setOnAction(e -> close());

        HBox row = new HBox(4, directions, field, regex, clear, hide);
        row.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Label problem = NodeNames.name(Fields.problemLabel(i18n, filter.problemProperty(), null), "pane-filter-problem-" + paneKey);
        root = new VBox(2, row, problem);
        root.getStyleClass().add("pane-filter");
        NodeNames.name(root, "pane-filter-" + paneKey);
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());
    }

    /** Shows the row with the focus in the text. */
    void open() {
        root.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void toggle() {
        if (root.isVisible()) {
            close();
        } else {
            open();
        }
    }

    private void close() {
        root.setVisible(false);
    }

    VBox node() {
        return root;
    }
}
