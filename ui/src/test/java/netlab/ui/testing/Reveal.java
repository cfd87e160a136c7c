package netlab.ui.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicking what a person would first scroll to: the side bar's forms are taller than a test's
 * window, and a robot clicks where a node is, in sight or not.
 */
public final class Reveal {
    private Reveal() {
    }

    /** Scrolls every scroll pane around {@code node} so that it is in sight. FX thread only. */
    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double contentH = content.getBoundsInLocal().getHeight();
                double viewH = scroll.getViewportBounds().getHeight();
                if (contentH > viewH) {
                    double target = Math.max(0, b.getMinY() - 24);
                    scroll.setVvalue(Math.min(1, target / (contentH - viewH)));
                }
                scroll.layout();
            }
        }
    }

    /** Scrolls {@code query}'s node into sight under {@code root}, then clicks it. */
    public static void click(FxRobot robot, Parent root, String query) {
        Node node = Fx.on(() -> {
            Node found = find(root, query);
            if (found == null) {
                throw new AssertionError("nothing matches " + query);
            }
            reveal(found);
            return found;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** {@code query}'s node under {@code root}: by CSS selector, or a pane's node by its name ({@code #pane-text-client-1}). FX thread. */
    public static Node find(Parent root, String query) {
        Node node = root.lookup(query);
        return node != null || !query.startsWith("#") ? node : netlab.ui.controls.NodeNames.find(root, query);
    }
}
