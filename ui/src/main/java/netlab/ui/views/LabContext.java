package netlab.ui.views;

import java.util.concurrent.Executor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import netlab.engine.event.LabEvent;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.ui.i18n.I18n;
import netlab.ui.settings.Settings;
import netlab.ui.theme.Theme;

/** What a view added to the lab window may use. Everything here lives on the FX thread. */
public interface LabContext {
    /** What the view may ask of the lab (start, stop, send ...); each command returns a future and never blocks. */
    LabCommands commands();

    /** Files, read and written off the FX thread. */
    LabFiles files();

    I18n i18n();

    /** Where to bring command completions back to (the FX thread). */
    Executor ui();

    Settings settings();

    /** What is selected in the bench tree; null when nothing is. */
    ReadOnlyObjectProperty<Selection> selectionProperty();

    /**
     * The event being looked at: clicked in a pane or the timeline, or the last one shown while
     * stepping through a run. Views may set it; the code view highlights the lines that made it.
     */
    ObjectProperty<LabEvent> focusedEventProperty();

    /** The port the latest server of the bench listens on; -1 when none listens. Client forms follow it. */
    ReadOnlyIntegerProperty listeningPortProperty();

    /**
     * The window's model or service of this type (the panes, the timeline, the chunk map, the code,
     * the step gate, and the models the view catalog made); null when there is none.
     */
    <T> T get(Class<T> type);

    /**
     * The lab's clock now, in nanoseconds as its events are stamped: the running lab's, or in a
     * replay the time of the last event shown.
     */
    long nowNanos();

    /** Light or dark: what drawn views paint with. */
    ObservableValue<Theme> themeProperty();

    /** Whether the window replays a recording: nothing can be started, sent or recorded. */
    boolean isReplay();
}
