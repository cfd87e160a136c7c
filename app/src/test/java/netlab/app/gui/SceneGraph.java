package netlab.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** Reading a real window's scene graph from a test: what is shown, what is cut, on the FX thread. */
final class SceneGraph {
    private SceneGraph() {
    }

    /** Every shown Labeled under {@code root} whose shown text is cut, as "where: #id 'shown' of 'full'". */
    static List<String> cutIn(String where, Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && shown(l)) {
                String full = l.getText();
                Text text = (Text) l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c != l.getGraphic()).findFirst().orElse(null);
                if (full != null && !full.isEmpty() && text != null) {
                    String s = text.getText();
                    if (!s.equals(full) && (s.endsWith(l.getEllipsisString()) || s.isEmpty()) && !full.endsWith(s)) {
                        out.add(where + ": " + (l.getId() != null ? "#" + l.getId() : l.getStyleClass()) + " shows '" + s + "' of '" + full + "'");
                    }
                }
            }
        });
        return out;
    }

    static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    static void walk(Node n, java.util.function.Consumer<Node> each) {
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
        }
    }

    static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
    }

    static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }
}
