package netlab.ui.views;

import java.util.concurrent.Executor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import netlab.engine.lab.Lab;
import netlab.engine.event.LabEvent;
import netlab.ui.bench.BenchItem;
import netlab.ui.i18n.I18n;
import netlab.ui.settings.Settings;

/** What a view added to the lab window may use. Everything here lives on the FX thread. */
public interface LabContext {
    /** The engine: start and stop endpoints through it; its methods never block. */
    Lab lab();

    I18n i18n();

    /** Where to bring engine completions back to (the FX thread). */
    Executor ui();

    Settings settings();

    /** What is selected in the bench tree; null when nothing is. */
    ReadOnlyObjectProperty<BenchItem> selectionProperty();

    /**
     * The event being looked at: clicked in a pane or the timeline, or the last one shown while
     * stepping through a run. Views may set it; the code view highlights the lines that made it.
     */
    ObjectProperty<LabEvent> focusedEventProperty();

    /** The port the latest server of the bench listens on; -1 when none listens. Client forms follow it. */
    ReadOnlyIntegerProperty listeningPortProperty();

    /** The model of this type that {@link ViewCatalog#models()} made when the window opened; null when there is none. */
    <T extends LabModel> T model(Class<T> type);
}
