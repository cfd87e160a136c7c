package netlab.ui.views;

import netlab.ui.keys.Shortcut;
import org.kordamp.ikonli.Ikon;

/**
 * A view with its own tab in the centre of the lab: panes, chunk map, timeline, code, and those
 * other parts of NetLab add, each registered in the window's view catalog. Made once, the first
 * time its tab is opened; from then on it is a subscriber of the window's events.
 */
public interface CenterView {
    /** Stable id, used in node ids ({@code view-ID}) and remembered settings. */
    String id();

    /** Message key of the tab's title. */
    String titleKey();

    /** Message key of the tab's tooltip; null for none. */
    default String tooltipKey() {
        return null;
    }

    /** The key that opens the tab; null for none. */
    default Shortcut shortcut() {
        return null;
    }

    Ikon icon();

    LabPart create(LabContext context);
}
