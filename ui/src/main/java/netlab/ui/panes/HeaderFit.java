package netlab.ui.panes;

import java.util.List;

import atlantafx.base.controls.Spacer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Lays a pane's header out for the room it has. Wide: the title with the pane's buttons on its
 * right, the state under it with the addresses and counters. Narrow (a relay lesson's three
 * columns beside the side bar at 1024×768, where "echo_client · client-1" was cut to "echo…"):
 * the title alone across the pane, wrapping if it must, and the state beside the buttons under
 * it, so the header takes no more lines than before and the logger's name reads whole.
 */
final class HeaderFit {
    static final String NARROW = "pane-header-narrow";
    private static final double GAP = 6;

    private final VBox header;
    private final Label title;
    /** The pane's name; the title shows it, with places to wrap when narrow. */
    private final javafx.beans.value.ObservableStringValue name;
    private final Node state;
    private final List<Node> buttons;
    private final FlowPane bottom;
    private final HBox top = new HBox(GAP);
    private final HBox second = new HBox(GAP);
    private Boolean narrow;
    private boolean pending;

    HeaderFit(VBox header, Label title, javafx.beans.value.ObservableStringValue name, Node state, List<Node> buttons, FlowPane bottom) {
        this.header = header;
        this.title = title;
        this.name = name;
        this.state = state;
        this.buttons = buttons;
        this.bottom = bottom;
        top.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        title.setMinHeight(Label.USE_PREF_SIZE);
        arrange(false);
        header.widthProperty().addListener(o -> fitLater());
        name.addListener(o -> {
            title.setText(name.get());
            narrow = null; // laid again, its lines broken anew
            fitLater();
        });
        title.setText(name.get());
        title.accessibleTextProperty().bind(name);
        title.fontProperty().addListener(o -> fitLater());
        // a button's width is known once its skin is made, and a client's stop button goes when it ends
        for (Node b : buttons) {
            b.layoutBoundsProperty().addListener(o -> fitLater());
            b.managedProperty().addListener(o -> fitLater());
        }
    }

    /**
     * The width and the font change in the middle of a layout or CSS pass, which must not see its
     * children moved: the header is rearranged just after it, once for any number of changes.
     */
    private void fitLater() {
        if (!pending) {
            pending = true;
            javafx.application.Platform.runLater(() -> {
                pending = false;
                fit();
            });
        }
    }

    /** Narrow when the title and the buttons do not fit side by side on one line. */
    private void fit() {
        double room = header.getWidth() - header.snappedLeftInset() - header.snappedRightInset();
        if (room <= 0) {
            return;
        }
        // the title, the spacer after it and each button, a gap before each but the first; a pixel to round
        double need = oneLine(title, name.get()) + GAP + 1;
        for (Node b : buttons) {
            if (b.isManaged()) {
                need += GAP + b.prefWidth(-1);
            }
        }
        arrange(need > room);
        if (narrow) {
            Node graphic = title.getGraphic();
            double text = room - title.snappedLeftInset() - title.snappedRightInset()
                    - (graphic == null ? 0 : graphic.prefWidth(-1) + title.getGraphicTextGap());
            String lines = breakable(name.get(), title.getFont(), text);
            if (!lines.equals(title.getText())) {
                title.setText(lines);
            }
        }
    }

    /** The label's width on one line (its graphic, the gap and its padding included), whatever wrapping it has now. */
    private static double oneLine(Label label, String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text == null ? "" : text);
        probe.setFont(label.getFont());
        double w = Math.ceil(probe.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset();
        Node graphic = label.getGraphic();
        if (graphic != null) {
            w += graphic.prefWidth(-1) + label.getGraphicTextGap();
        }
        return w;
    }

    private void arrange(boolean nowNarrow) {
        if (narrow != null && narrow == nowNarrow) {
            return;
        }
        narrow = nowNarrow;
        bottom.getChildren().remove(state);
        if (nowNarrow) {
            top.getChildren().clear();
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            second.getChildren().setAll(state, new Spacer());
            second.getChildren().addAll(buttons);
            header.getChildren().setAll(title, second, bottom);
            header.getStyleClass().add(NARROW);
        } else {
            second.getChildren().clear();
            title.setWrapText(false);
            title.setText(name.get());
            title.setMaxWidth(Label.USE_COMPUTED_SIZE);
            top.getChildren().setAll(title, new Spacer());
            top.getChildren().addAll(buttons);
            bottom.getChildren().add(0, state);
            header.getChildren().setAll(top, bottom);
            header.getStyleClass().remove(NARROW);
        }
    }

    /**
     * The name in lines of at most {@code width}, broken after a "_" or a space, so that a
     * logger's name such as "relay_from_127.0.0.1_48144" wraps between its words ("relay_from_" /
     * "127.0.0.1_48144"), not in the middle of an address. A word wider than the line is left
     * whole: the label's own wrapping cuts it. Nothing is taken out: without its line breaks the
     * text is the name.
     */
    static String breakable(String name, javafx.scene.text.Font font, double width) {
        if (name == null || width <= 0) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("(?<=[_ ])")) {
            if (line.length() > 0 && widthOf(line + word.stripTrailing(), font) > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(word);
        }
        return out.append(line).toString();
    }

    private static double widthOf(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
