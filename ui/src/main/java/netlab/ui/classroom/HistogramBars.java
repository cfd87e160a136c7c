package netlab.ui.classroom;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import netlab.engine.classroom.Histogram;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.Question;

/**
 * The answers to the open question as horizontal bars, one per answer given (or offered), each
 * with its count; after the reveal the right one is marked. Rebuilt whenever the counts change:
 * a class is tens of students, so a few rows at a time.
 */
final class HistogramBars {
    private final VBox root = new VBox(6);

    HistogramBars() {
        root.setId("class-histogram");
        root.getStyleClass().add("class-histogram");
    }

    Node node() {
        return root;
    }

    void show(Question question, Histogram histogram, boolean revealed, Locale locale) {
        root.getChildren().clear();
        if (question == null || histogram == null) {
            return;
        }
        int max = Math.max(1, histogram.maxCount());
        String right = question.key().right();
        for (Histogram.Bin bin : histogram.bins()) {
            boolean isRight = revealed && bin.value().equals(right);
            Label what = new Label((isRight ? "✓ " : "") + label(question, bin.value(), locale));
            what.setWrapText(true);
            what.setMinWidth(80);
            what.getStyleClass().add("class-bin-label");
            Region bar = new Region();
            bar.getStyleClass().addAll("class-bar", isRight ? "class-bar-right" : "class-bar-other");
            bar.setMinHeight(22);
            bar.setMinWidth(bin.count() == 0 ? 2 : 6);
            // the longest bar fills the room left beside the labels, whatever the window's width
            StackPane lane = new StackPane(bar);
            lane.setAlignment(Pos.CENTER_LEFT);
            lane.setMinWidth(60);
            double share = (double) bin.count() / max;
            bar.maxWidthProperty().bind(lane.widthProperty().multiply(share));
            Label count = new Label(Integer.toString(bin.count()));
            count.setId("class-count-" + bin.value());
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().addAll(Styles.TEXT_BOLD, "class-bin-label");
            what.prefWidthProperty().bind(root.widthProperty().multiply(0.45));
            HBox row = new HBox(10, what, lane, count);
            row.setId("class-bin-" + bin.value());
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(lane, Priority.ALWAYS);
            if (isRight) {
                row.getStyleClass().add("class-right");
                what.getStyleClass().add(Styles.SUCCESS);
            }
            root.getChildren().add(row);
        }
    }

    private static String label(Question q, String value, Locale locale) {
        if (q.key() instanceof AnswerKey.Choice c) {
            int i = c.indexOf(value);
            return i < 0 ? value : value + "  " + c.choices().get(i).get(locale);
        }
        return value;
    }
}
