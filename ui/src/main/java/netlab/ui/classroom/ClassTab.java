package netlab.ui.classroom;

import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The class tab in the lab's centre: the projector's view of a class taking part ({@link ClassView}). */
public final class ClassTab implements CenterView {
    @Override
    public String id() {
        return "class";
    }

    @Override
    public String titleKey() {
        return "view.class";
    }

    @Override
    public String tooltipKey() {
        return "view.class.tooltip";
    }

    @Override
    public Ikon icon() {
        return Feather.USERS;
    }

    @Override
    public LabPart create(LabContext context) {
        return new ClassView(context);
    }
}
