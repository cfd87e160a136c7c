package netlab.ui.panes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How every pane shows its lines: the bytes view, whether new lines scroll it to its end, and how many panes redraw per frame. */
public final class PaneSettings {
    private final ObjectProperty<BytesView> bytesView = new SimpleObjectProperty<>(BytesView.LITERAL);
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final PaneSyncBudget syncBudget = new PaneSyncBudget();

    public ObjectProperty<BytesView> bytesViewProperty() {
        return bytesView;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    /** Shared by the panes of one window: how many of them redraw per frame. */
    public PaneSyncBudget syncBudget() {
        return syncBudget;
    }
}
