package netlab.ui.views;

import org.kordamp.ikonli.Ikon;

/**
 * A view with its own tab in the centre of the lab (panes, chunk map, timeline, code, and those
 * other parts of NetLab add through {@link ViewCatalog}). Made once, the first time its tab is
 * opened; from then on it sees every event.
 *
 * @see ViewCatalog
 */
public interface CenterView {
    /** Stable id, used in node ids ({@code view-ID}) and remembered settings. */
    String id();

    /** Message key of the tab's title. */
    String titleKey();

    Ikon icon();

    LabPart create(LabContext context);
}
