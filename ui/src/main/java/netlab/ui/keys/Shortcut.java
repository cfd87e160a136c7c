package netlab.ui.keys;

import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts; tooltips name them with {@link #displayText()}. */
public enum Shortcut {
    START_SERVER("F5"),
    STOP_SERVER("Shift+F5"),
    SEND("Shortcut+Enter"),
    CLEAR_PANES("Shortcut+L"),
    TOGGLE_THEME("Shortcut+Shift+D"),
    RUN_PRESET("Shortcut+R"),
    SEARCH("Shortcut+F"),
    /** Within a pane: its filter row, the focus in its text. */
    FILTER("Shortcut+Shift+F"),
    PRESENTATION("F11"),
    NEXT_STEP("F10"),
    /** A plain letter: the window takes it only outside text fields (not through a shortcut handler). */
    NEXT_IO("I"),
    NEXT_CALLBACK("C"),
    NEXT_RUN("R"),
    STEP_BACK("Shift+F10"),
    STEP_MODE("Shortcut+Shift+S"),
    STOP_SELECTED("Shortcut+Period"),
    LIBRARY("Shortcut+1"),
    BENCH("Shortcut+2"),
    NEW("Shortcut+3"),
    VIEW_PANES("F6"),
    VIEW_CHUNKS("F7"),
    VIEW_TIMELINE("F8"),
    VIEW_CODE("F9"),
    RECORD("Shortcut+Shift+R"),
    OPEN_RECORDING("Shortcut+O"),
    TOGGLE_SIDEBAR("Shortcut+B");

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
