package netlab.ui.keys;

import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts; tooltips name them with {@link #displayText()}. */
public enum Shortcut {
    START_SERVER("F5"),
    STOP_SERVER("Shift+F5"),
    SEND("Shortcut+Enter"),
    CLEAR_PANES("Shortcut+L"),
    TOGGLE_THEME("Shortcut+Shift+D");

    private final KeyCombination combination;

    Shortcut(String combination) {
        this.combination = KeyCombination.keyCombination(combination);
    }

    public KeyCombination combination() {
        return combination;
    }

    /** As the platform writes it: {@code Ctrl+Enter}, {@code ⌘↩}. */
    public String displayText() {
        return combination.getDisplayText();
    }
}
