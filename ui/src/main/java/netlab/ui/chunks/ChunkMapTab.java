package netlab.ui.chunks;

import netlab.ui.keys.Shortcut;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The chunk map's tab: what one side wrote against what the other side read. */
public final class ChunkMapTab implements CenterView {
    @Override
    public String id() {
        return "chunks";
    }

    @Override
    public String titleKey() {
        return "view.chunks";
    }

    @Override
    public String tooltipKey() {
        return "view.chunks.tooltip";
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.VIEW_CHUNKS;
    }

    @Override
    public Ikon icon() {
        return Feather.BAR_CHART_2;
    }

    @Override
    public LabPart create(LabContext context) {
        return new ChunkMapView(context.get(ChunkMapModel.class), context.i18n(), context.themeProperty());
    }
}
