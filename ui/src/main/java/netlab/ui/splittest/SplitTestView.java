package netlab.ui.splittest;

import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import netlab.ui.views.RecordingOpener;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The split test's tab: does a server survive any chunking of its requests? (New ▸ Split test) */
public final class SplitTestView implements CenterView {
    public static final String ID = "splittest";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "splittest.tab";
    }

    @Override
    public String tooltipKey() {
        return "splittest.tab.tooltip";
    }

    @Override
    public Ikon icon() {
        return Feather.SCISSORS;
    }

    @Override
    public LabPart create(LabContext context) {
        RecordingOpener opener = context.get(RecordingOpener.class);
        return new SplitTestPanel(new SplitTestModel(context.commands(), context.ui()), context.i18n(),
                opener == null ? file -> { } : opener);
    }
}
