package netlab.ui.signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.lab.EndpointState;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.events.EndpointStates;
import netlab.ui.views.LabModel;

/**
 * Which signals a program on the bench waits for: the handlers it installed with
 * {@code loop.add_signal_handler} and has not removed (as its events tell), so that the window can
 * offer to send them, having no terminal to press Ctrl+C in. FX thread only.
 */
public final class SignalsModel implements LabModel {
    /** Endpoint id → the signals its handlers take (a handler added twice counts twice). */
    private final Map<String, List<String>> handlers = new LinkedHashMap<>();
    private final ObservableList<String> awaited = FXCollections.observableArrayList();
    private final ObservableList<String> awaitedView = FXCollections.unmodifiableObservableList(awaited);
    private boolean dirty;

    @Override
    public void accept(LabEvent e) {
        String endpoint = e.origin().endpoint();
        if (e.kind() == EventKind.SIGNAL_HANDLER_ADDED && e.text() != null) {
            handlers.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(e.text());
            dirty = true;
        } else if (e.kind() == EventKind.SIGNAL_HANDLER_REMOVED && e.text() != null) {
            List<String> own = handlers.get(endpoint);
            if (own != null && own.remove(e.text())) {
                if (own.isEmpty()) {
                    handlers.remove(endpoint);
                }
                dirty = true;
            }
        } else if (e.kind() == EventKind.ENDPOINT_STATE && handlers.containsKey(endpoint)) {
            EndpointState state = EndpointStates.of(e);
            if (state != null && state.isOver()) {
                handlers.remove(endpoint); // its loop closed with it, whatever events were elided
                dirty = true;
            }
        }
    }

    @Override
    public void commit() {
        if (!dirty) {
            return;
        }
        dirty = false;
        Set<String> now = new LinkedHashSet<>();
        handlers.values().forEach(now::addAll);
        if (!new ArrayList<>(now).equals(awaited)) {
            awaited.setAll(now);
        }
    }

    /** The signals some program on the bench handles now, in the order they were first taken. */
    public ObservableList<String> awaited() {
        return awaitedView;
    }
}
