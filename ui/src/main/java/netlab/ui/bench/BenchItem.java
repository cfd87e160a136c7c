package netlab.ui.bench;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.event.Origin;
import netlab.ui.views.Selection;

/**
 * One line of the bench tree: a group (one per endpoint kind), an endpoint, or a connection an
 * endpoint accepted. What it shows changes as events arrive; FX thread only.
 */
public final class BenchItem {
    public enum Type { GROUP, ENDPOINT, CONNECTION }

    private final Type type;
    private final String id;
    private final EndpointKind kind;
    private final BenchItem parent;
    private final Origin origin;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    /** A message key: {@code endpoint.state.running}, {@code pane.state.open}, ... */
    private final ReadOnlyStringWrapper stateKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyLongWrapper dropped = new javafx.beans.property.ReadOnlyLongWrapper();
    private final ObservableList<BenchItem> children = FXCollections.observableArrayList();

    BenchItem(Type type, String id, EndpointKind kind, BenchItem parent, Origin origin) {
        this.type = type;
        this.id = id;
        this.kind = kind;
        this.parent = parent;
        this.origin = origin;
    }

    public Type type() {
        return type;
    }

    /** The group's kind id, the endpoint's id ({@code server-1}) or the connection's ({@code server-1/3}). */
    public String id() {
        return id;
    }

    public EndpointKind kind() {
        return kind;
    }

    public BenchItem parent() {
        return parent;
    }

    /** The origin its first event came with: for a connection, its addresses and label. */
    public Origin origin() {
        return origin;
    }

    /** What views are told of this item when it is selected. */
    public Selection selection() {
        return new Selection(switch (type) {
            case GROUP -> Selection.Type.GROUP;
            case ENDPOINT -> Selection.Type.ENDPOINT;
            case CONNECTION -> Selection.Type.CONNECTION;
        }, id, origin);
    }

    /** The endpoint id this item belongs to; null for a group. */
    public String endpointId() {
        return origin == null ? null : origin.endpoint();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateKeyProperty() {
        return stateKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overProperty() {
        return over.getReadOnlyProperty();
    }

    public boolean isOver() {
        return over.get();
    }

    /** Children let go to keep the tree bounded (the oldest finished ones). */
    public javafx.beans.property.ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    void addDropped(long n) {
        dropped.set(dropped.get() + n);
    }

    public ObservableList<BenchItem> children() {
        return children;
    }

    void setLabel(String text) {
        label.set(text);
    }

    void setDetail(String text) {
        detail.set(text == null ? "" : text);
    }

    void setState(String key, boolean isOver) {
        stateKey.set(key);
        over.set(isOver);
    }

    @Override
    public String toString() {
        return type + " " + id + " [" + label.get() + "] " + stateKey.get();
    }
}
