package netlab.ui.panes;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.feather.Feather;

/**
 * A pane's search bar (Ctrl+F): finds a query in the pane's text ignoring case, counts the matches,
 * and steps through them (Enter, Shift+Enter), selecting each and scrolling to it; stepping stops
 * the pane following new lines, so the match stays in sight. Escape closes it.
 */
final class PaneSearch {
    private final StyleClassedTextArea area;
    private final I18n i18n;
    private final PaneSettings settings;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox bar;
    private List<Integer> matches = List.of();
    private int current = -1;

    PaneSearch(StyleClassedTextArea area, String paneKey, I18n i18n, PaneSettings settings) {
        this.area = area;
        this.i18n = i18n;
        this.settings = settings;
        NodeNames.name(field, "pane-search-" + paneKey);
        field.promptTextProperty().bind(i18n.text("pane.search.prompt"));
        field.accessibleTextProperty().bind(i18n.text("pane.search"));
        HBox.setHgrow(field, Priority.ALWAYS);
        NodeNames.name(count, "pane-search-count-" + paneKey);
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button prev = PaneButtons.icon(i18n, Feather.CHEVRON_UP, "pane.search.previous", "pane-search-prev-" + paneKey);
        Button next = PaneButtons.icon(i18n, Feather.CHEVRON_DOWN, "pane.search.next", "pane-search-next-" + paneKey);
        Button close = PaneButtons.icon(i18n, Feather.X, "pane.search.close", "pane-search-close-" + paneKey);
        prev.setOnAction(e -> step(false));
        next.setOnAction(e -> step(true));
        close.setOnAction(e -> close());
        field.textProperty().addListener(o -> {
            current = -1;
            refresh();
            step(true);
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        bar = new HBox(4, field, count, prev, next, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-search");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
    }

    /** Shows the search bar with the focus in it. */
    void open() {
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
        refresh();
    }

    private void close() {
        bar.setVisible(false);
        field.clear();
        area.deselect();
    }

    /** Finds the query again in the text as it is now (lines came or went); nothing while the bar is closed. */
    void refresh() {
        if (!bar.isVisible()) {
            return;
        }
        matches = TextSearch.matches(area.getText(), field.getText());
        if (current >= matches.size()) {
            current = matches.isEmpty() ? -1 : matches.size() - 1;
        }
        count.setText(field.getText().isEmpty() ? "" : i18n.get("pane.search.count", current + 1, matches.size()));
    }

    private void step(boolean forward) {
        refresh();
        if (matches.isEmpty()) {
            count.setText(field.getText().isEmpty() ? "" : i18n.get("pane.search.none"));
            return;
        }
        int from = current < 0 ? 0 : matches.get(current) + (forward ? 1 : 0);
        current = TextSearch.next(matches, from, forward);
        int at = matches.get(current);
        settings.followProperty().set(false);
        area.selectRange(at, at + field.getText().length());
        area.requestFollowCaret();
        count.setText(i18n.get("pane.search.count", current + 1, matches.size()));
    }

    HBox node() {
        return bar;
    }
}
