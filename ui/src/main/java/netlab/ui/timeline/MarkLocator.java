package netlab.ui.timeline;

import java.util.List;

import javafx.geometry.Point2D;
import netlab.engine.event.LabEvent;

/**
 * Finds marks on the canvas: the event whose mark is under a point (for hover and click), and the
 * point where an event's mark is drawn. Goes through the same viewport as the painter, so what is
 * found is what is seen.
 */
final class MarkLocator {
    /** How far from a mark, in pixels, a pointer still hits it. */
    private static final double SLACK_PIXELS = 6;

    private final TimelineModel model;
    private final TimelineViewport viewport;

    MarkLocator(TimelineModel model, TimelineViewport viewport) {
        this.model = model;
        this.viewport = viewport;
    }

    /** The event of the mark nearest {@code (x, y)} in its lane, within a few pixels; null when none. */
    LabEvent markAt(double x, double y) {
        if (x < TimelineViewport.GUTTER) {
            return null;
        }
        List<Lane> lanes = model.lanes();
        int row = viewport.rowAt(y);
        if (row < 0 || row >= lanes.size()) {
            return null;
        }
        Lane lane = lanes.get(row);
        long at = viewport.timeAt(x);  // a position on the model's axis (time or slot)
        long slack = Math.round(SLACK_PIXELS * viewport.nanosPerPixel());
        LabEvent best = null;
        long bestDistance = Long.MAX_VALUE;
        for (TimelineModel.Mark m : model.marks(at - slack, at + slack)) {
            long d = Math.abs(model.at(m) - at);
            if (m.lane() == lane && d < bestDistance) {
                best = m.event();
                bestDistance = d;
            }
        }
        return best;
    }

    /** The canvas coordinates of the mark of {@code event}; null when it has no mark or no lane. */
    Point2D pointOf(LabEvent event) {
        TimelineModel.Mark m = model.markOf(event);
        if (m == null) {
            return null;
        }
        int row = model.lanes().indexOf(m.lane());
        if (row < 0) {
            return null;
        }
        return new Point2D(viewport.xOf(model.at(m)), viewport.laneTop(row) + TimelineViewport.LANE / 2);
    }
}
