package netlab.ui.bench;

import java.util.List;

import netlab.engine.event.Origin;
import netlab.engine.port.EndpointInfo;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;

/**
 * One kind of endpoint the bench knows: how the tree groups and labels it, what the inspector
 * says about it, and (optionally) the form that creates one. New
 * kinds (UDP, Unix sockets, subprocesses) register in {@link EndpointKinds}; the tree, the
 * inspector and the "New" panel pick them up from there.
 */
public interface EndpointKind {
    /** A row of the inspector: a message key (the name) and the value, as shown. */
    record Property(String key, String value) {
    }

    /** Stable id, e.g. {@code tcp-server}. */
    String id();

    /** Message key of the tree's group for this kind ("Servers"). */
    String groupKey();

    Ikon icon();

    /** Whether the endpoint the lab describes so is of this kind. */
    boolean owns(EndpointInfo endpoint);

    /** For endpoints the lab no longer holds: whether events from {@code origin} belong to this kind. */
    default boolean ownsOrigin(Origin origin) {
        return false;
    }

    /** Whether the connections it accepts are shown as its children in the tree. */
    default boolean showsConnections() {
        return false;
    }

    /** The inspector's rows for the endpoint the lab describes so. */
    List<Property> properties(EndpointInfo endpoint);

    /** A form that creates one, for the "New" panel; null when the window has its own or there is none. */
    default LabPart newForm(LabContext context) {
        return null;
    }

    /** Message key of the "New" menu's entry; null when there is no form. */
    default String newKey() {
        return null;
    }
}
