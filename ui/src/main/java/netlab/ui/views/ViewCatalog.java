package netlab.ui.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The views other parts of NetLab add to the lab window. Append one line per view; the window
 * shows centre views as tabs after its own (panes, chunk map, timeline, code), in this order, and
 * endpoint views in the inspector when a matching item is selected. A view that must know what
 * happened before it was opened adds the model it reads to {@link #models()}: the window makes
 * those when it opens and feeds them every event.
 */
public final class ViewCatalog {
    private static final List<CenterView> CENTER;
    private static final List<EndpointView> ENDPOINT;
    private static final List<Supplier<? extends LabModel>> MODELS;

    static {
        List<CenterView> center = new ArrayList<>();
        List<EndpointView> endpoint = new ArrayList<>();
        List<Supplier<? extends LabModel>> models = new ArrayList<>();
        // Add each view here, one line each:
        center.add(new netlab.ui.load.LoadView());
        // center.add(new SchedulerView());
        // endpoint.add(new StreamReaderInspector());
        models.add(netlab.ui.reader.ReaderLog::new);
        models.add(netlab.ui.signals.SignalsModel::new);
        center.add(new netlab.ui.reader.ReaderTab());
        endpoint.add(new netlab.ui.reader.ReaderSection());
        CENTER = Collections.unmodifiableList(center);
        ENDPOINT = Collections.unmodifiableList(endpoint);
        MODELS = Collections.unmodifiableList(models);
    }

    private ViewCatalog() {
    }

    public static List<CenterView> centerViews() {
        return CENTER;
    }

    public static List<EndpointView> endpointViews() {
        return ENDPOINT;
    }

    /** The models made when the window opens (one of each), fed every event from then on. */
    public static List<Supplier<? extends LabModel>> models() {
        return MODELS;
    }
}
