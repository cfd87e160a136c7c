package netlab.ui.timeline;

import netlab.ui.keys.Shortcut;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The timeline's tab: every event on one time axis; a click looks at an event, and the event looked at is marked. */
public final class TimelineTab implements CenterView {
    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String titleKey() {
        return "view.timeline";
    }

    @Override
    public String tooltipKey() {
        return "view.timeline.tooltip";
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.VIEW_TIMELINE;
    }

    @Override
    public Ikon icon() {
        return Feather.GIT_COMMIT;
    }

    @Override
    public LabPart create(LabContext context) {
        TimelineModel model = context.get(TimelineModel.class);
        // the axis last chosen; a lesson reads best in the order of its events, the default
        model.setAxis(TimelineAxis.parse(context.settings().get(TimelineAxis.SETTING, TimelineAxis.ORDER.name())));
        TimelineView view = new TimelineView(model, context.i18n(), context.focusedEventProperty()::set, context.themeProperty());
        view.setOnAxis(a -> context.settings().put(TimelineAxis.SETTING, a.name()));
        view.setFocused(context.focusedEventProperty().get());
        context.focusedEventProperty().addListener((obs, old, now) -> view.setFocused(now));
        return view;
    }
}
