package netlab.ui.controls;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * How large the text drawn on a canvas should be: the style sheet's font size where the canvas
 * sits, over the window's normal size. A canvas's text does not follow CSS by itself; presentation
 * sets a larger font on the window, and a hidden Text placed beside the canvas inherits it, so the
 * chunk map's labels and the timeline's rulers grow with the rest of the window.
 */
public final class TextScale {
    /** The normal font size of the window (the theme's), at which drawn text is drawn as designed. */
    public static final double NORMAL_SIZE = 14;

    private final Text probe = new Text("M");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);

    /** Follows the font size where {@code host} is; the probe is invisible and takes no room. */
    public TextScale(Pane host) {
        probe.setVisible(false);
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        host.getChildren().add(probe);
        probe.fontProperty().addListener(o -> scale.set(Math.max(1, probe.getFont().getSize() / NORMAL_SIZE)));
    }

    /** 1 normally; 20/14 in presentation; never below 1. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double get() {
        return scale.get();
    }
}
