package netlab.ui.code;

import netlab.ui.keys.Shortcut;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The code beside the run: the seed's Python and the Java NetLab runs for it, the lines that made the event looked at lit. */
public final class CodeTab implements CenterView {
    @Override
    public String id() {
        return "code";
    }

    @Override
    public String titleKey() {
        return "view.code";
    }

    @Override
    public String tooltipKey() {
        return "view.code.tooltip";
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.VIEW_CODE;
    }

    @Override
    public Ikon icon() {
        return Feather.FILE_TEXT;
    }

    @Override
    public LabPart create(LabContext context) {
        return new CodeView(context.get(CodeModel.class), context.i18n());
    }
}
