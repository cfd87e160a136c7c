package netlab.ui.client;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import org.kordamp.ikonli.feather.Feather;

/**
 * One part in the composer's list: its number, its text, its size in bytes (which shows the
 * trailing space the text hides), and a button to drop it. Cells are reused as the list scrolls,
 * so each binds to its part on update and lets go of the previous one.
 */
final class PartCell extends ListCell<PartModel> {
    private final PartsModel parts;
    private final I18n i18n;
    private final Label number = new Label();
    private final TextField text = new TextField();
    private final Label size = new Label();
    private final Button remove = new Button(null, Icons.of(Feather.X));
    private final Tooltip literal = new Tooltip();
    private final Label problem = new Label();
    private final VBox box;
    private final ChangeListener<Problem> problemStyle =
            (obs, old, now) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
    private PartModel bound;

    PartCell(PartsModel parts, I18n i18n) {
        this.parts = parts;
        this.i18n = i18n;
        number.getStyleClass().addAll("part-number", Styles.TEXT_MUTED);
        number.setMinWidth(22);
        text.getStyleClass().add("part-text");
        text.setTooltip(literal);
        size.getStyleClass().addAll("part-size", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        size.setMinWidth(44);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "part-remove");
        remove.accessibleTextProperty().bind(i18n.text("parts.remove"));
        remove.setTooltip(Tooltips.of(i18n, "parts.remove"));
        remove.setOnAction(e -> {
            if (bound != null) {
                parts.remove(bound);
            }
        });
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        Fields.hideWhenEmpty(problem);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, number, text, size, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, row, problem);
        setText(null);
    }

    @Override
    protected void updateItem(PartModel part, boolean empty) {
        super.updateItem(part, empty);
        if (bound != null) {
            text.textProperty().unbindBidirectional(bound.textProperty());
            literal.textProperty().unbind();
            size.textProperty().unbind();
            problem.textProperty().unbind();
            text.accessibleTextProperty().unbind();
            bound.problemProperty().removeListener(problemStyle);
            bound = null;
        }
        if (empty || part == null) {
            setGraphic(null);
            return;
        }
        bound = part;
        number.setText(String.valueOf(getIndex() + 1));
        text.setId("part-" + (getIndex() + 1));
        text.accessibleTextProperty().bind(i18n.text("parts.part.accessible", getIndex() + 1));
        text.textProperty().bindBidirectional(part.textProperty());
        literal.textProperty().bind(part.literalProperty());
        size.textProperty().bind(Bindings.createStringBinding(
                () -> part.sizeProperty().get() < 0 ? "" : i18n.get("parts.size", part.sizeProperty().get()),
                part.sizeProperty(), i18n.localeProperty()));
        problem.textProperty().bind(i18n.problem(part.problemProperty()));
        text.pseudoClassStateChanged(Styles.STATE_DANGER, part.problemProperty().get() != null);
        part.problemProperty().addListener(problemStyle);
        setGraphic(box);
    }
}
