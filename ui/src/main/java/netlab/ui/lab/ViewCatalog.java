package netlab.ui.lab;

import java.util.List;
import java.util.function.Supplier;

import netlab.ui.chunks.ChunkMapTab;
import netlab.ui.code.CodeTab;
import netlab.ui.load.LoadView;
import netlab.ui.panes.PanesTab;
import netlab.ui.reader.ReaderLog;
import netlab.ui.reader.ReaderSection;
import netlab.ui.reader.ReaderTab;
import netlab.ui.signals.SignalsModel;
import netlab.ui.timeline.TimelineTab;
import netlab.ui.views.CenterView;
import netlab.ui.views.EndpointView;
import netlab.ui.views.LabModel;

/**
 * The views of the lab window, each registered here in one place: the centre tabs in the order
 * shown, the inspector's sections for a selected endpoint, and the models views read that must see
 * every event from the window's start (made when the window opens, subscribers from then on).
 *
 * @param centerViews   tabs of the centre, in order
 * @param endpointViews sections of the inspector, shown when one applies to the selection
 * @param models        made when the window opens, one of each
 */
public record ViewCatalog(List<CenterView> centerViews, List<EndpointView> endpointViews,
                          List<Supplier<? extends LabModel>> models) {
    public ViewCatalog {
        centerViews = List.copyOf(centerViews);
        endpointViews = List.copyOf(endpointViews);
        models = List.copyOf(models);
    }

    /** Every view NetLab has. Add a view here, one line each. */
    public static ViewCatalog standard() {
        return new ViewCatalog(
                List.of(new PanesTab(), new ChunkMapTab(), new TimelineTab(), new CodeTab(), new LoadView(), new ReaderTab(),
                        new netlab.ui.classroom.ClassTab(), new netlab.ui.splittest.SplitTestView(), new netlab.ui.script.ScriptTab()),
                List.of(new ReaderSection()),
                List.of(ReaderLog::new, SignalsModel::new));
    }

    /** The tab with this id; null when there is none. */
    public CenterView centerView(String id) {
        return centerViews.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }
}
