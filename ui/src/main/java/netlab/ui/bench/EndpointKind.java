package netlab.ui.bench;

import java.util.List;

import netlab.engine.lab.Endpoint;
import netlab.engine.lab.Lab;
import netlab.engine.event.Origin;
import netlab.engine.loop.LoopFuture;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;

/**
 * One kind of endpoint the bench knows: how the tree groups and labels it, what the inspector
 * says about it, how to start another like it, and (optionally) the form that creates one. New
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

    /** Whether {@code endpoint} is of this kind. */
    boolean owns(Endpoint endpoint);

    /** For endpoints the lab no longer holds: whether events from {@code origin} belong to this kind. */
    default boolean ownsOrigin(Origin origin) {
        return false;
    }

    /** Whether the connections it accepts are shown as its children in the tree. */
    default boolean showsConnections() {
        return false;
    }

    /** The inspector's rows for {@code endpoint}. */
    List<Property> properties(Endpoint endpoint);

    /** Starts the same endpoint again (after the old one stopped): same spec. Null when it cannot. */
    default LoopFuture<? extends Endpoint> again(Lab lab, Endpoint endpoint) {
        return null;
    }

    /** Starts another like it beside it; a server takes a free port, since the original holds its own. */
    default LoopFuture<? extends Endpoint> duplicate(Lab lab, Endpoint endpoint) {
        return again(lab, endpoint);
    }

    /** A form that creates one, for the "New" panel; null when the window has its own or there is none. */
    default LabPart newForm(LabContext context) {
        return null;
    }

    /** Message key of the "New" menu's entry; null when there is no form. */
    default String newKey() {
        return null;
    }
}
