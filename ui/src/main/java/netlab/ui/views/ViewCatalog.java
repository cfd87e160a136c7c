package netlab.ui.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The views other parts of NetLab add to the lab window. Append one line per view; the window
 * shows centre views as tabs after its own (panes, chunk map, timeline, code), in this order, and
 * endpoint views in the inspector when a matching item is selected.
 */
public final class ViewCatalog {
    private static final List<CenterView> CENTER;
    private static final List<EndpointView> ENDPOINT;

    static {
        List<CenterView> center = new ArrayList<>();
        List<EndpointView> endpoint = new ArrayList<>();
        // Add each view here, one line each:
        center.add(new netlab.ui.load.LoadView());
        // center.add(new SchedulerView());
        // endpoint.add(new StreamReaderInspector());
        CENTER = Collections.unmodifiableList(center);
        ENDPOINT = Collections.unmodifiableList(endpoint);
    }

    private ViewCatalog() {
    }

    public static List<CenterView> centerViews() {
        return CENTER;
    }

    public static List<EndpointView> endpointViews() {
        return ENDPOINT;
    }
}
