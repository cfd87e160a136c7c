package netlab.ui.settings;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: its remembered place when that lies on a screen, else moved (and made
 * smaller, when it must) onto the screen that holds most of it. A window remembered at 1360×860 on
 * a large screen then opens whole on a 1024×768 projector instead of half off it.
 */
public final class WindowPlacement {
    /** The size a first start asks for, made smaller to fit the screen. */
    public static final double DEFAULT_WIDTH = 1360;
    public static final double DEFAULT_HEIGHT = 860;
    /** The smallest window the layout is made for: a 1024×768 projector with a panel or two. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    private WindowPlacement() {
    }

    /**
     * The bounds to open at.
     *
     * @param remembered the last bounds, or null on a first start (then the default size, centred)
     * @param screens    the screens' visual bounds (without task bars); the first is the primary
     */
    public static Rectangle2D place(Rectangle2D remembered, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return remembered != null ? remembered : new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        }
        Rectangle2D wanted = remembered != null ? remembered : new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Rectangle2D screen = remembered == null ? screens.get(0) : mostOf(remembered, screens);
        double w = Math.min(wanted.getWidth(), screen.getWidth());
        double h = Math.min(wanted.getHeight(), screen.getHeight());
        double x;
        double y;
        if (remembered == null) {
            x = screen.getMinX() + (screen.getWidth() - w) / 2;
            y = screen.getMinY() + (screen.getHeight() - h) / 2;
        } else {
            x = clamp(remembered.getMinX(), screen.getMinX(), screen.getMaxX() - w);
            y = clamp(remembered.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        }
        return new Rectangle2D(x, y, w, h);
    }

    /** The screen that holds most of {@code r}; the primary when none holds any of it. */
    private static Rectangle2D mostOf(Rectangle2D r, List<Rectangle2D> screens) {
        Rectangle2D best = screens.get(0);
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(r.getMaxX(), s.getMaxX()) - Math.max(r.getMinX(), s.getMinX());
            double h = Math.min(r.getMaxY(), s.getMaxY()) - Math.max(r.getMinY(), s.getMinY());
            double area = w > 0 && h > 0 ? w * h : 0;
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        return best;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
