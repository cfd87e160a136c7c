package netlab.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeping text whole when the window is small (a 1024×768 projector): short labels and buttons
 * never shrink below their text, long sentences wrap instead of ending in "…", and a table's
 * column is at least as wide as its header.
 */
public final class Fit {
    /** Room for a header's padding and sort mark around its text. */
    private static final double HEADER_PADDING = 28;

    private Fit() {
    }

    /** These keep at least the width their text (and graphic) needs; the row around them wraps or scrolls. */
    public static void whole(Region... regions) {
        for (Region r : regions) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A sentence that wraps to the width it is given instead of asking for one long line. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The column is never narrower than its header's text, in either language. */
    public static void headerWhole(TableColumn<?, ?> column) {
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> textWidth(column.getText()) + HEADER_PADDING, column.textProperty()));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        column.textProperty().addListener(o -> column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth())));
    }

    private static double textWidth(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(Font.getDefault());
        return Math.ceil(t.getLayoutBounds().getWidth() * 1.15);
    }

    /** For controls a caller made: the width of the text it shows, for sizing a neighbour. */
    public static double widthOf(Control c, String text) {
        return textWidth(text);
    }
}
