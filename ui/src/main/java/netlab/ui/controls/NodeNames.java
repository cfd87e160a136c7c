package netlab.ui.controls;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Names for nodes that stand for one of many things (a pane's text area, {@code
 * pane-text-client-1}; a connection's row in the bench tree), kept in the node's properties rather
 * than as its CSS id. JavaFX keys a window's style cache on each node's type, id and style
 * classes, and never drops an entry: an id per pane made a new entry for every node of every pane
 * ever shown, about 140 KB a row that stayed when the row went.
 */
public final class NodeNames {
    private static final String KEY = "netlab.node-name";

    private NodeNames() {
    }

    /** Gives {@code node} the name {@code name} (null: none); returns the node. */
    public static <T extends Node> T name(T node, String name) {
        if (name == null) {
            node.getProperties().remove(KEY);
        } else {
            node.getProperties().put(KEY, name);
        }
        return node;
    }

    /** The name given to {@code node}, or null. */
    public static String nameOf(Node node) {
        return node.getProperties().get(KEY) instanceof String name ? name : null;
    }

    /** The first node at or under {@code root} named {@code name} ({@code #} before it is ignored), or null. FX thread. */
    public static Node find(Node root, String name) {
        String wanted = name.startsWith("#") ? name.substring(1) : name;
        if (wanted.equals(nameOf(root))) {
            return root;
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
