package netlab.ui.panes;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One pane on screen: a header with the logger's name, the addresses, the state in words and the
 * byte counters, over a read-only RichTextFX area that holds the pane's lines.
 */
public final class PaneView {
    private final PaneModel model;
    private final VBox root;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final PaneDocument document;
    private final ChangeListener<Number> onRevision;
    private boolean shown = true;
    private boolean behind;

    public PaneView(PaneModel model, I18n i18n, PaneActions actions) {
        this.model = model;
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.getStyleClass().add("pane-text");
        area.setId("pane-text-" + model.key());
        document = new PaneDocument(area, model, i18n);

        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("pane-title");
        title.setGraphic(Icons.of(kindIcon(model.kind())));
        title.setId("pane-title-" + model.key());
        title.setMinWidth(Label.USE_PREF_SIZE);

        Label addresses = new Label();
        addresses.getStyleClass().addAll("pane-addresses", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        addresses.textProperty().bind(Bindings.createStringBinding(() -> addressLine(model),
                model.localProperty(), model.remoteProperty()));
        addresses.setMinWidth(0);

        Label state = new Label();
        state.setId("pane-state-" + model.key());
        state.getStyleClass().add("pane-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.stateProperty().get().messageKey()),
                model.stateProperty(), i18n.localeProperty()));
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> stateIcon(model.stateProperty().get()),
                model.stateProperty()));
        model.stateProperty().addListener((obs, old, now) -> styleState(state, now));
        styleState(state, model.stateProperty().get());
        state.setMinWidth(Label.USE_PREF_SIZE);

        Label counters = new Label();
        counters.setId("pane-counters-" + model.key());
        counters.getStyleClass().addAll("pane-counters", Styles.TEXT_SMALL);
        counters.textProperty().bind(i18n.live("pane.counters", model.bytesInProperty(), model.readsProperty(),
                model.bytesOutProperty(), model.writesProperty()));
        counters.setMinWidth(Label.USE_PREF_SIZE);

        HBox top = new HBox(8, title, new Spacer(), state);
        if (model.kind() == PaneKind.CLIENT) {
            top.getChildren().add(stopButton(model, i18n, actions));
        }
        top.setAlignment(Pos.CENTER_LEFT);
        // addresses and counters share a line while there is room and wrap when there is not
        FlowPane bottom = new FlowPane(16, 2, addresses);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getChildren().add(counters);
        // a server's or the lab's own pane has no addresses or bytes of its own: its title says all
        VBox header = new VBox(2, top);
        if (model.kind() == PaneKind.CLIENT || model.kind() == PaneKind.SERVER_CONNECTION) {
            header.getChildren().add(bottom);
        }
        header.getStyleClass().add("pane-header");

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(header, scroll);
        root.getStyleClass().addAll("pane", "pane-" + model.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.setId("pane-" + model.key());

        onRevision = (obs, old, now) -> {
            if (shown) {
                document.sync();
            } else {
                behind = true;
            }
        };
        model.revisionProperty().addListener(onRevision);
        model.epochProperty().addListener(onRevision);
        document.sync();
    }

    /** A client without half-close waits for the server for ever: this ends it from its own pane. */
    private static Button stopButton(PaneModel model, I18n i18n, PaneActions actions) {
        Button stop = new Button(null, Icons.of(Feather.SQUARE));
        stop.setMnemonicParsing(false);
        stop.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "pane-stop");
        stop.setId("pane-stop-" + model.key());
        stop.accessibleTextProperty().bind(i18n.text("pane.stop"));
        stop.setTooltip(Tooltips.of(i18n, "pane.stop.tooltip"));
        stop.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.stateProperty().get().isOver(),
                model.stateProperty()));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> actions.stopEndpoint(model.endpointId()));
        return stop;
    }

    private static String addressLine(PaneModel model) {
        String local = model.localProperty().get();
        String remote = model.remoteProperty().get();
        String id = model.kind() == PaneKind.SERVER_CONNECTION ? model.key() : model.endpointId();
        if (local == null || remote == null) {
            return id;
        }
        return id + " · " + local + " ⇄ " + remote;
    }

    private static Ikon kindIcon(PaneKind kind) {
        return switch (kind) {
            case SERVER_MAIN -> Feather.SERVER;
            case SERVER_CONNECTION -> Feather.LINK_2;
            case CLIENT -> Feather.MONITOR;
            case LAB -> Feather.ACTIVITY;
        };
    }

    private static FontIcon stateIcon(PaneState state) {
        return Icons.of(switch (state) {
            case STARTING, STOPPING, CONNECTING -> Feather.LOADER;
            case LISTENING -> Feather.RADIO;
            case OPEN -> Feather.ZAP;
            case HALF_CLOSED_LOCAL -> Feather.ARROW_DOWN;
            case HALF_CLOSED_REMOTE -> Feather.ARROW_UP;
            case HALF_CLOSED_BOTH -> Feather.MINUS;
            case CLOSED, STOPPED -> Feather.CIRCLE;
            case FAILED -> Feather.ALERT_TRIANGLE;
        });
    }

    private static void styleState(Label label, PaneState state) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
        label.getStyleClass().add(switch (state) {
            case LISTENING, OPEN -> Styles.SUCCESS;
            case HALF_CLOSED_LOCAL, HALF_CLOSED_REMOTE, HALF_CLOSED_BOTH, STARTING, STOPPING, CONNECTING -> Styles.WARNING;
            case FAILED -> Styles.DANGER;
            case CLOSED, STOPPED -> Styles.TEXT_MUTED;
        });
    }

    /**
     * Whether the pane is in sight. A pane out of sight does not touch its text area (each change
     * there costs a layout) and catches up in one step when it comes back into sight.
     */
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && behind) {
            behind = false;
            document.sync();
        }
    }

    /** Lets go of the model: a removed pane must not keep receiving updates. */
    public void dispose() {
        model.revisionProperty().removeListener(onRevision);
        model.epochProperty().removeListener(onRevision);
    }

    public VBox node() {
        return root;
    }

    public PaneModel model() {
        return model;
    }

    public StyleClassedTextArea area() {
        return area;
    }
}
