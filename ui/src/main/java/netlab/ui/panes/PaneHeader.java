package netlab.ui.panes;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.NodeNames;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A pane's header: the logger's name with an icon of its kind, the state in words (coloured, with
 * an icon, so it is not told by colour alone), the filter and search buttons, a client's stop button, and under
 * them the addresses and the byte counters of a connection's side, and how many lines the filter hides.
 */
final class PaneHeader {
    private final PaneModel model;
    private final I18n i18n;
    private final VBox header;
    private final javafx.beans.binding.StringBinding countersText;
    private final Label counters;

    PaneHeader(PaneModel model, I18n i18n, PaneActions actions, Runnable openSearch, Runnable toggleFilter) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.setGraphic(Icons.of(kindIcon(model.kind())));
        NodeNames.name(title, "pane-title-" + model.key());
        title.setMinWidth(0);

        Label addresses = new Label();
        addresses.getStyleClass().addAll("pane-addresses", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        addresses.textProperty().bind(Bindings.createStringBinding(() -> addressLine(model),
                model.localProperty(), model.remoteProperty()));
        addresses.setMinWidth(0);
        addresses.setWrapText(true);

        Label counters = new Label();
        NodeNames.name(counters, "pane-counters-" + model.key());
        counters.getStyleClass().addAll("pane-counters", Styles.TEXT_SMALL);
        // not bound: drawn with the pane's lines (refresh), so that they agree, and as seldom; under a
        // flood they change every frame, and each change is a layout pass from the window's root
        countersText = i18n.live("pane.counters", model.bytesInProperty(), model.readsProperty(),
                model.bytesOutProperty(), model.writesProperty());
        this.counters = counters;
        refresh();
        // in a narrow column (the relay lesson's three) the counters wrap inside the pane rather than widen it
        counters.setWrapText(true);
        counters.setMinWidth(0);

        Button search = PaneButtons.icon(i18n, Feather.SEARCH, "pane.search", "pane-search-open-" + model.key());
        search.setOnAction(e -> openSearch.run());
        java.util.List<javafx.scene.Node> buttons = new java.util.ArrayList<>(java.util.List.of(filterButton(toggleFilter), search));
        if (model.kind() == PaneKind.CLIENT) {
            buttons.add(stopButton(actions));
        }
        // the full name when a narrow column wraps it
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        javafx.beans.binding.StringBinding name = Bindings.createStringBinding(() -> ChildPanes.titleOf(model, i18n),
                model.titleProperty(), i18n.localeProperty());
        whole.textProperty().bind(name);
        title.setTooltip(whole);
        // the state, addresses and counters share a line while there is room and wrap when there is not:
        // the title line keeps its room for the title (a narrow pane at 1024x768 cut it to "echo_cl…")
        FlowPane bottom = new FlowPane(16, 2);
        bottom.setAlignment(Pos.CENTER_LEFT);
        // a FlowPane is as wide as its widest child would like: these give way to the pane's width instead
        bottom.setMinWidth(0);
        counters.maxWidthProperty().bind(bottom.widthProperty());
        addresses.maxWidthProperty().bind(bottom.widthProperty());
        // a server's or the lab's own pane has no addresses or bytes of its own: its title says all
        if (model.kind() == PaneKind.CLIENT || model.kind() == PaneKind.SERVER_CONNECTION) {
            bottom.getChildren().addAll(addresses, counters);
        }
        // how many lines the filter hides: on the line that wraps, so that the title keeps its room
        bottom.getChildren().add(hiddenLabel(toggleFilter));
        header = new VBox(2);
        new HeaderFit(header, title, name, stateLabel(), buttons, bottom);
        header.getStyleClass().add("pane-header");
    }

    private Label stateLabel() {
        Label state = new Label();
        NodeNames.name(state, "pane-state-" + model.key());
        state.getStyleClass().add("pane-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.stateProperty().get().messageKey()),
                model.stateProperty(), i18n.localeProperty()));
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> stateIcon(model.stateProperty().get()),
                model.stateProperty()));
        model.stateProperty().addListener((obs, old, now) -> styleState(state, now));
        styleState(state, model.stateProperty().get());
        state.setMinWidth(Label.USE_PREF_SIZE);
        return state;
    }

    /** How many lines the pane's filter hides, while it hides any: nothing is hidden silently. A click shows the filter. */
    private Label hiddenLabel(Runnable toggleFilter) {
        PaneFilter filter = model.filter();
        Label hidden = new Label();
        NodeNames.name(hidden, "pane-filter-hidden-" + model.key());
        hidden.getStyleClass().addAll("pane-filter-hidden", Styles.TEXT_SMALL, Styles.WARNING);
        hidden.textProperty().bind(Bindings.createStringBinding(
                () -> filter.activeProperty().get() ? i18n.get("pane.filter.hidden", filter.hiddenProperty().get()) : "",
                filter.activeProperty(), filter.hiddenProperty(), i18n.localeProperty()));
        hidden.setTooltip(Tooltips.of(i18n, "pane.filter.hidden.tooltip"));
        hidden.setMinWidth(Label.USE_PREF_SIZE);
        hidden.setOnMouseClicked(e -> toggleFilter.run());
        netlab.ui.controls.Fields.hideWhenEmpty(hidden);
        return hidden;
    }

    private Button filterButton(Runnable toggleFilter) {
        Button filter = PaneButtons.icon(i18n, Feather.FILTER, "pane.filter", "pane-filter-open-" + model.key());
        filter.setTooltip(Tooltips.withShortcut(i18n, "pane.filter.tooltip", netlab.ui.keys.Shortcut.FILTER));
        filter.setOnAction(e -> toggleFilter.run());
        Runnable lit = () -> {
            filter.getStyleClass().remove(Styles.ACCENT);
            if (model.filter().activeProperty().get()) {
                filter.getStyleClass().add(Styles.ACCENT);
            }
        };
        model.filter().activeProperty().addListener(o -> lit.run());
        lit.run();
        return filter;
    }

    /** A client without half-close waits for the server for ever: this ends it from its own pane. */
    private Button stopButton(PaneActions actions) {
        Button stop = PaneButtons.icon(i18n, Feather.SQUARE, "pane.stop", "pane-stop-" + model.key());
        stop.getStyleClass().add("pane-stop");
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

    /** Shows the counters as they are now (the pane's lines are drawn at the same time). */
    void refresh() {
        counters.setText(countersText.get());
    }

    VBox node() {
        return header;
    }
}
