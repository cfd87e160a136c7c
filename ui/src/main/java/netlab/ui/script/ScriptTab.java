package netlab.ui.script;

import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Script tab: a client script run step by step against a server, each step lit as it runs. */
public final class ScriptTab implements CenterView {
    @Override
    public String id() {
        return "script";
    }

    @Override
    public String titleKey() {
        return "script.tab";
    }

    @Override
    public Ikon icon() {
        return Feather.LIST;
    }

    @Override
    public LabPart create(LabContext context) {
        // the window's own (its script goes into the workspace); a context without one gets a model of the view's
        ScriptModel model = context.get(ScriptModel.class);
        return new ScriptPanel(model != null ? model : new ScriptModel(context.commands(), context.files(), context.ui()), context.i18n());
    }
}
