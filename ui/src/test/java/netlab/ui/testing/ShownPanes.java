package netlab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.fxmisc.richtext.StyleClassedTextArea;

/** What the window's panes show, read off the nodes themselves. FX thread only. */
public final class ShownPanes {
    /** One pane as a person sees it. */
    public record Shown(String title, String addresses, String state, String counters, String text,
                        StyleClassedTextArea area) {
        public List<String> lines() {
            return List.of(text.split("\n", -1));
        }
    }

    private ShownPanes() {
    }

    public static List<Shown> of(Parent root) {
        List<Shown> out = new ArrayList<>();
        for (Node pane : root.lookupAll(".pane")) {
            Label title = (Label) pane.lookup(".pane-title");
            Label state = (Label) pane.lookup(".pane-state");
            Label counters = (Label) pane.lookup(".pane-counters");
            Label addresses = (Label) pane.lookup(".pane-addresses");
            StyleClassedTextArea area = (StyleClassedTextArea) pane.lookup(".pane-text");
            // a narrow pane's title has line breaks where it wraps
            out.add(new Shown(title.getText().replace("\n", ""), addresses == null ? null : addresses.getText(), state.getText(),
                    counters == null ? null : counters.getText(), area.getText(), area));
        }
        return out;
    }

    /** The text of every label under {@code node}, in order. */
    public static List<String> labels(Node node) {
        List<String> out = new ArrayList<>();
        for (Node n : node.lookupAll(".label")) {
            if (n instanceof Label l && l.getText() != null) {
                out.add(l.getText());
            }
        }
        return out;
    }

    public static Optional<Shown> find(Parent root, Predicate<Shown> match) {
        return of(root).stream().filter(match).findFirst();
    }

    public static Optional<Shown> titled(Parent root, String title) {
        return find(root, p -> p.title().equals(title));
    }

    /** Scrolls the bench so that the row holding the pane {@code paneKey} is in sight. */
    public static void reveal(Parent root, String paneKey) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) root.lookup("#panes-scroll");
        Parent rows = (Parent) scroll.getContent();
        for (Node row : rows.getChildrenUnmodifiable()) {
            if (row.getUserData() instanceof netlab.ui.panes.ConversationRow r && (has(r.client(), paneKey) || has(r.server(), paneKey))) {
                double range = rows.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, row.getBoundsInParent().getMinY() / range));
                return;
            }
        }
        throw new AssertionError("no row holds pane " + paneKey);
    }

    private static boolean has(netlab.ui.panes.PaneModel pane, String key) {
        return pane != null && pane.key().equals(key);
    }

    /** The text between b' and ' of every line starting with {@code prefix}, joined. */
    public static String literals(Shown pane, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : pane.lines()) {
            if (line.startsWith(prefix + "b'") && line.endsWith("'")) {
                out.append(line, prefix.length() + 2, line.length() - 1);
            }
        }
        return out.toString();
    }
}
