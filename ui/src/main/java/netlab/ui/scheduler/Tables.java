package netlab.ui.scheduler;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import netlab.ui.i18n.I18n;

/** Read-only tables of snapshot rows: one text column per field. */
final class Tables {
    private Tables() {
    }

    static <T> TableView<T> table(String id, ObservableList<T> rows, I18n i18n, String emptyKey) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFocusTraversable(false);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text(emptyKey));
        empty.getStyleClass().add("hint");
        table.setPlaceholder(empty);
        table.setPrefHeight(150);
        return table;
    }

    static <T> TableColumn<T, String> column(I18n i18n, String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> {
            String v = text.apply(cell.getValue());
            ObservableValue<String> value = new ReadOnlyStringWrapper(v == null ? "" : v);
            return value;
        });
        return c;
    }
}
