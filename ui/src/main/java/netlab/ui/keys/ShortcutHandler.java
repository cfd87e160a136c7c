package netlab.ui.keys;

import java.util.EnumMap;
import java.util.Map;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * Runs the action of a shortcut pressed anywhere inside a node. A filter on the node rather than
 * scene accelerators, so that it works wherever the node is shown and before a text field takes
 * the key.
 */
public final class ShortcutHandler implements EventHandler<KeyEvent> {
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    public ShortcutHandler on(Shortcut shortcut, Runnable action) {
        actions.put(shortcut, action);
        return this;
    }

    public void install(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent event) {
        for (Map.Entry<Shortcut, Runnable> entry : actions.entrySet()) {
            if (entry.getKey().combination().match(event)) {
                event.consume();
                entry.getValue().run();
                return;
            }
        }
    }
}
