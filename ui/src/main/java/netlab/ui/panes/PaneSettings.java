package netlab.ui.panes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How every pane shows its lines: the bytes view, and whether new lines scroll it to its end. */
public final class PaneSettings {
    private final ObjectProperty<BytesView> bytesView = new SimpleObjectProperty<>(BytesView.LITERAL);
    private final BooleanProperty follow = new SimpleBooleanProperty(true);

    public ObjectProperty<BytesView> bytesViewProperty() {
        return bytesView;
    }

    public BooleanProperty followProperty() {
        return follow;
    }
}
