package netlab.ui.reader;

import javafx.scene.Node;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.ui.views.Selection;
import netlab.ui.views.EndpointView;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;

/**
 * The inspector's section for a selected connection (or a client, whose connection it is): its
 * StreamReader's buffer now and the last steps, or why there is none (a protocol's connection
 * gets data_received itself, with no buffer in between).
 */
public final class ReaderSection implements EndpointView {
    private static final int ROWS = 4;

    @Override
    public boolean appliesTo(Selection item) {
        return item != null && (item.type() == Selection.Type.CONNECTION
                || (item.type() == Selection.Type.ENDPOINT && item.origin() != null && item.origin().role() == Role.CLIENT));
    }

    @Override
    public String titleKey() {
        return "reader.section";
    }

    @Override
    public LabPart create(LabContext context, Selection item) {
        ReaderLog log = context.get(ReaderLog.class);
        ReaderPanel panel = new ReaderPanel(context, "inspector-reader", ROWS);
        Runnable follow = () -> {
            if (log == null) {
                return;
            }
            ReaderTrace t = item.type() == Selection.Type.CONNECTION ? log.trace(item.id()) : log.newestOf(item.endpointId());
            if (t != panel.trace()) {
                panel.show(t, "reader.none.here");
            }
        };
        follow.run();
        return new LabPart() {
            private long seen = -1;

            @Override
            public Node node() {
                return panel.node();
            }

            @Override
            public void accept(LabEvent event) {
            }

            @Override
            public void commit() {
                if (log != null && log.revisionProperty().get() != seen) {
                    seen = log.revisionProperty().get();
                    follow.run();
                }
                panel.refresh(false);
            }
        };
    }
}
