package netlab.ui.chunks;

import java.util.List;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.panes.ConversationRow;
import netlab.ui.panes.PaneModel;
import netlab.ui.theme.Theme;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The chunk map tab: for one conversation, what the client wrote against what the server read,
 * and the echo's way back, each with its merges and splits counted in words beside the drawing.
 */
public final class ChunkMapView implements LabPart {
    private final ChunkMapModel model;
    private final I18n i18n;
    private final VBox root;
    private final ChunkMapCanvas forward;
    private final ChunkMapCanvas backward;
    private final Label forwardSummary = new Label();
    private final Label backwardSummary = new Label();
    private final Label forwardTitle = new Label();
    private final Label backwardTitle = new Label();
    private final Label lesson = new Label();
    private final ComboBox<ConversationRow> choice = new ComboBox<>();
    private final javafx.scene.control.CheckBox across = new javafx.scene.control.CheckBox();
    private final ScrollBar scroll = new ScrollBar();
    private VBox maps;
    private final javafx.collections.ObservableList<ConversationRow> choices = javafx.collections.FXCollections.observableArrayList();
    private double zoom = 1;
    private boolean shown;
    private boolean dirty = true;
    private boolean choosing;

    public ChunkMapView(ChunkMapModel model, I18n i18n, ObservableValue<Theme> theme) {
        this.model = model;
        this.i18n = i18n;
        forward = new ChunkMapCanvas(theme::getValue);
        backward = new ChunkMapCanvas(theme::getValue);
        forward.canvas().setId("chunkmap-forward");
        backward.canvas().setId("chunkmap-backward");
        theme.addListener(o -> redrawSoon());
        i18n.localeProperty().addListener(o -> redrawSoon());

        Label conversation = new Label();
        conversation.textProperty().bind(i18n.text("chunks.conversation"));
        choice.setId("chunkmap-choice");
        // a list of its own, refreshed while choosing: a live list would move the choice when rows go
        choice.setItems(choices);
        choice.setCellFactory(v -> new RowCell());
        choice.setButtonCell(new RowCell());
        choice.accessibleTextProperty().bind(i18n.text("chunks.conversation"));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (!choosing && now != null) {
                model.followingProperty().set(false);
                model.chosenProperty().set(now);
                model.commit();
                redrawSoon();
            }
        });
        ToggleButton newest = new ToggleButton(null, Icons.of(Feather.CHEVRONS_DOWN));
        newest.setMnemonicParsing(false);
        newest.setId("chunkmap-follow");
        newest.textProperty().bind(i18n.text("chunks.newest"));
        newest.setTooltip(Tooltips.of(i18n, "chunks.newest.tooltip"));
        newest.getStyleClass().add(Styles.SMALL);
        newest.selectedProperty().bindBidirectional(model.followingProperty());
        model.followingProperty().addListener(o -> {
            model.commit();
            redrawSoon();
        });
        across.setId("chunkmap-across-relay");
        across.setMnemonicParsing(false);
        across.textProperty().bind(i18n.text("chunks.acrossRelay"));
        across.setTooltip(Tooltips.of(i18n, "chunks.acrossRelay.tooltip"));
        across.selectedProperty().bindBidirectional(model.acrossRelaysProperty());
        across.managedProperty().bind(across.visibleProperty());
        across.setVisible(false);
        model.acrossRelaysProperty().addListener(o -> {
            model.commit();
            redrawSoon();
        });
        Button in = iconButton(Feather.ZOOM_IN, "chunks.zoomIn", "chunkmap-zoom-in");
        Button out = iconButton(Feather.ZOOM_OUT, "chunks.zoomOut", "chunkmap-zoom-out");
        in.setOnAction(e -> setZoom(zoom * 2));
        out.setOnAction(e -> setZoom(zoom / 2));
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.setMin(0);
        scroll.setMax(1);
        scroll.setVisibleAmount(1);
        scroll.valueProperty().addListener(o -> applyView());
        scroll.setVisible(false);
        scroll.managedProperty().bind(scroll.visibleProperty());
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox bar = new HBox(8, conversation, choice, newest, across, new Spacer(), out, in);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chunkmap-toolbar");

        forwardSummary.setId("chunkmap-forward-summary");
        backwardSummary.setId("chunkmap-backward-summary");
        for (Label l : new Label[] {forwardTitle, backwardTitle}) {
            l.getStyleClass().add("chunkmap-title");
        }
        for (Label l : new Label[] {forwardSummary, backwardSummary}) {
            l.getStyleClass().addAll("chunkmap-summary", Styles.TEXT_SMALL);
            l.setWrapText(true);
        }
        lesson.setId("chunkmap-lesson");
        lesson.getStyleClass().add("chunkmap-lesson");
        lesson.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("chunks.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        VBox maps = new VBox(8, forwardTitle, forward, forwardSummary, backwardTitle, backward, backwardSummary);
        maps.managedProperty().bind(maps.visibleProperty());
        this.maps = maps;
        VBox body = new VBox(8, intro, maps, lesson);
        body.getStyleClass().add("chunkmap-body");
        ScrollPane bodyScroll = new ScrollPane(body);
        bodyScroll.setFitToWidth(true);
        VBox.setVgrow(bodyScroll, Priority.ALWAYS);
        root = new VBox(8, bar, scroll, bodyScroll);
        root.setId("chunkmap");
        root.getStyleClass().add("chunkmap");
    }

    private Button iconButton(Feather icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key));
        return b;
    }

    private void setZoom(double z) {
        zoom = Math.max(1, Math.min(4096, z));
        scroll.setVisibleAmount(1 / zoom);
        scroll.setVisible(zoom > 1);
        applyView();
    }

    private void applyView() {
        forward.view(zoom, scroll.getValue());
        backward.view(zoom, scroll.getValue());
    }

    private void redrawSoon() {
        dirty = true;
        if (shown) {
            redraw();
        }
    }

    /** Only in sight: a hidden chunk map computes nothing, and catches up when shown. */
    @Override
    public void commit() {
        if (!shown) {
            return;
        }
        ChunkMap f = model.forwardProperty().get();
        ChunkMap b = model.backwardProperty().get();
        model.commit();
        if (f != model.forwardProperty().get() || b != model.backwardProperty().get()) {
            dirty = true;
        }
        if (shown && dirty) {
            redraw();
        }
    }

    @Override
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown) {
            model.commit();
            redraw();
        }
    }

    private void redraw() {
        dirty = false;
        ConversationRow row = model.shown();
        choosing = true;
        try {
            List<ConversationRow> conversations = model.rows().stream().filter(ConversationRow::isConversation).toList();
            if (!conversations.equals(choices)) {
                choices.setAll(conversations);
            }
            choice.setValue(row);
        } finally {
            choosing = false;
        }
        // across a relay: the client and the server at either end, the relay named between them
        netlab.ui.panes.PaneModel clientEnd = model.clientEnd(row);
        netlab.ui.panes.PaneModel serverEnd = model.serverEnd(row);
        across.setVisible(model.isRelayed(row));
        String client = clientEnd == null ? i18n.get("chunks.noClient") : clientEnd.titleProperty().get();
        String server = serverEnd == null ? i18n.get("chunks.noServer") : serverEnd.titleProperty().get();
        if (row != null && (clientEnd != row.client() || serverEnd != row.server())) {
            String relay = clientEnd != row.client() ? row.client().endpointId() : row.server().endpointId();
            server = i18n.get("chunks.throughRelay", server, relay);
        }
        ChunkMap f = model.forwardProperty().get();
        ChunkMap b = model.backwardProperty().get();
        maps.setVisible(row != null);
        forwardTitle.setText(i18n.get("chunks.forward", client, server));
        backwardTitle.setText(i18n.get("chunks.backward", server, client));
        forward.show(f, i18n.get("chunks.writesOf", client), i18n.get("chunks.readsOf", server));
        backward.show(b, i18n.get("chunks.writesOf", server), i18n.get("chunks.readsOf", client));
        applyView();
        forwardSummary.setText(summary(f));
        backwardSummary.setText(summary(b));
        int merges = f.merges() + b.merges();
        int splits = f.splits() + b.splits();
        lesson.setText(row == null ? i18n.get("chunks.empty")
                : merges + splits == 0 ? i18n.get("chunks.lesson.kept") : i18n.get("chunks.lesson.changed", merges, splits));
    }

    private String summary(ChunkMap m) {
        return i18n.get("chunks.summary", m.writes().size(), m.reads().size(), m.merges(), m.splits(), m.span(), m.inFlight());
    }

    @Override
    public Node node() {
        return root;
    }

    public ChunkMapModel model() {
        return model;
    }

    /** A conversation in the chooser: "client ⇄ server connection". */
    private final class RowCell extends ListCell<ConversationRow> {
        @Override
        protected void updateItem(ConversationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(i18n.get("chunks.none"));
                return;
            }
            setText(name(row.client()) + "  ⇄  " + name(row.server()));
        }

        private String name(PaneModel pane) {
            return pane == null ? "—" : pane.titleProperty().get();
        }
    }
}
