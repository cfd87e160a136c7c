package netlab.ui.reader;

import netlab.ui.views.CenterView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The reader tab in the lab's centre: {@link ReaderView}. */
public final class ReaderTab implements CenterView {
    @Override
    public String id() {
        return "reader";
    }

    @Override
    public String titleKey() {
        return "view.reader";
    }

    @Override
    public Ikon icon() {
        return Feather.INBOX;
    }

    @Override
    public LabPart create(LabContext context) {
        return new ReaderView(context);
    }
}
