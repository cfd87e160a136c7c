package netlab.ui.controls;

import javafx.scene.control.Tooltip;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;

/** Tooltips that follow the language; those of commands name their shortcut. */
public final class Tooltips {
    private Tooltips() {
    }

    public static Tooltip of(I18n i18n, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** The message {@code key} with the shortcut's keys as its argument {@code {0}}. */
    public static Tooltip withShortcut(I18n i18n, String key, Shortcut shortcut) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key, shortcut.displayText()));
        return tip;
    }
}
