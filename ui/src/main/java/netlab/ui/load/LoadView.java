package netlab.ui.load;

import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The load generator's tab: many clients against a server of the bench or any host and port. */
public final class LoadView implements CenterView {
    @Override
    public String id() {
        return "load";
    }

    @Override
    public String titleKey() {
        return "load.tab";
    }

    @Override
    public Ikon icon() {
        return Feather.TRENDING_UP;
    }

    @Override
    public LabPart create(LabContext context) {
        return new LoadPanelView(new LoadPanelModel(context.commands(), context.files(), context.ui()), context.i18n());
    }
}
