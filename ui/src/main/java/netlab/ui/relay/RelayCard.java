package netlab.ui.relay;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import netlab.engine.lab.TransportKind;
import netlab.engine.event.LabEvent;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "New relay" form: a re-chunking relay between a client and a server. For TCP: how to cut
 * the bytes (fixed, seeded random, byte, coalescing), a delay per chunk, a rate; for UDP: the
 * chances a datagram is dropped or reordered. The client form follows the relay once it runs.
 */
public final class RelayCard implements LabPart {
    private final RelayCardModel model;
    private final Card card = new Card();

    public RelayCard(LabContext context) {
        this.model = new RelayCardModel(context.commands(), context.ui());
        I18n i18n = context.i18n();
        card.setId("relay-card");
        card.getProperties().put(RelayCard.class, this);
        card.getStyleClass().add("bench-card");
        Label title = new Label();
        title.textProperty().bind(i18n.text("relay.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        title.setGraphic(Icons.of(Feather.SHUFFLE));
        card.setHeader(title);

        ComboBox<TransportKind> transport = new ComboBox<>();
        transport.setId("relay-transport");
        transport.getItems().setAll(TransportKind.TCP, TransportKind.UDP);
        transport.valueProperty().bindBidirectional(model.transportProperty());
        netlab.ui.controls.Fit.whole(transport);
        transport.setConverter(new StringConverter<>() {
            @Override
            public String toString(TransportKind k) {
                return k == null ? "" : k.id().toUpperCase(java.util.Locale.ROOT);
            }

            @Override
            public TransportKind fromString(String s) {
                return null;
            }
        });
        TextField host = field(model.hostProperty(), 0);
        TextField port = field(model.portProperty(), 6);
        TextField targetHost = field(model.targetHostProperty(), 0);
        TextField targetPort = field(model.targetPortProperty(), 6);
        targetPort.setTooltip(Tooltips.of(i18n, "relay.field.targetPort.tooltip"));
        ComboBox<String> split = new ComboBox<>();
        split.setId("relay-split");
        split.setEditable(true);
        split.getItems().setAll(RelayCardModel.SPLITS);
        split.valueProperty().bindBidirectional(model.splitProperty());
        split.setTooltip(Tooltips.of(i18n, "relay.field.split.tooltip"));
        split.setMaxWidth(Double.MAX_VALUE);
        TextField seed = field(model.seedProperty(), 6);
        seed.setTooltip(Tooltips.of(i18n, "relay.field.seed.tooltip"));
        TextField delay = field(model.delayProperty(), 5);
        TextField rate = field(model.rateProperty(), 7);
        rate.setTooltip(Tooltips.of(i18n, "relay.field.rate.tooltip"));
        TextField drop = field(model.dropProperty(), 4);
        TextField reorder = field(model.reorderProperty(), 4);

        VBox hostField = Fields.labelled(i18n, "relay.field.host", host, "relay-host", null);
        VBox targetField = Fields.labelled(i18n, "relay.field.targetHost", targetHost, "relay-target-host", null);
        HBox.setHgrow(hostField, Priority.ALWAYS);
        HBox.setHgrow(targetField, Priority.ALWAYS);
        VBox splitField = Fields.labelled(i18n, "relay.field.split", split, "relay-split-field", null);
        HBox.setHgrow(splitField, Priority.ALWAYS);
        HBox streamRow = new HBox(10, splitField, Fields.labelled(i18n, "relay.field.seed", seed, "relay-seed", null));
        HBox udpRow = new HBox(10, Fields.labelled(i18n, "relay.field.drop", drop, "relay-drop", null),
                Fields.labelled(i18n, "relay.field.reorder", reorder, "relay-reorder", null),
                Fields.labelled(i18n, "relay.field.seed", new TextField() {
                    {
                        textProperty().bindBidirectional(model.seedProperty());
                        setPrefColumnCount(6);
                    }
                }, "relay-udp-seed", null));
        streamRow.visibleProperty().bind(model.transportProperty().isNotEqualTo(TransportKind.UDP));
        streamRow.managedProperty().bind(streamRow.visibleProperty());
        udpRow.visibleProperty().bind(model.transportProperty().isEqualTo(TransportKind.UDP));
        udpRow.managedProperty().bind(udpRow.visibleProperty());
        VBox fields = new VBox(8,
                new HBox(10, Fields.labelled(i18n, "relay.field.transport", transport, "relay-transport-field", null), hostField,
                        Fields.labelled(i18n, "field.port", port, "relay-port", null)),
                new HBox(10, targetField, Fields.labelled(i18n, "relay.field.targetPort", targetPort, "relay-target-port", null)),
                streamRow, udpRow,
                new HBox(10, Fields.labelled(i18n, "relay.field.delay", delay, "relay-delay", null),
                        Fields.labelled(i18n, "relay.field.rate", rate, "relay-rate", null)));
        Label about = new Label();
        about.textProperty().bind(i18n.text("relay.about"));
        netlab.ui.controls.Fit.wrapping(about);
        about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        card.setBody(new VBox(8, about, fields));

        Button start = new Button();
        start.setMnemonicParsing(false);
        start.setId("relay-start");
        start.textProperty().bind(i18n.text("relay.start"));
        start.setGraphic(Icons.of(Feather.PLAY));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button stop = new Button();
        stop.setMnemonicParsing(false);
        stop.setId("relay-stop");
        stop.textProperty().bind(i18n.text("relay.stop"));
        stop.setGraphic(Icons.of(Feather.SQUARE));
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label status = new Label();
        status.setId("relay-status");
        status.setWrapText(true);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.statusProperty().get() == null ? "" : model.statusProperty().get().say(i18n), model.statusProperty(), i18n.localeProperty()));
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Fields.hideWhenEmpty(status);
        card.setFooter(new VBox(8, new HBox(8, start, stop), status, Fields.problemLabel(i18n, model.problemProperty(), "relay-problem")));
    }

    private static TextField field(javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        if (columns > 0) {
            f.setPrefColumnCount(columns);
        }
        return f;
    }

    @Override
    public void accept(LabEvent event) {
        model.accept(event);
    }

    @Override
    public Node node() {
        return card;
    }

    public RelayCardModel model() {
        return model;
    }
}
