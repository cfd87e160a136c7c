package netlab.ui.panes;

import netlab.ui.keys.Shortcut;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The panes' tab: one pane per connection, a row per conversation. */
public final class PanesTab implements CenterView {
    @Override
    public String id() {
        return "panes";
    }

    @Override
    public String titleKey() {
        return "view.panes";
    }

    @Override
    public String tooltipKey() {
        return "view.panes.tooltip";
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.VIEW_PANES;
    }

    @Override
    public Ikon icon() {
        return Feather.COLUMNS;
    }

    @Override
    public LabPart create(LabContext context) {
        return new PanesView(context.get(PanesModel.class), context.i18n(), context.get(PaneActions.class),
                context.get(PaneSettings.class));
    }
}
