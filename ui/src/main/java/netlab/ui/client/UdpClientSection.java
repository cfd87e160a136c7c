package netlab.ui.client;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;

/** The client form's UDP and addressing part, folded away until opened. */
final class UdpClientSection {
    private final TitledPane pane = new TitledPane();

    UdpClientSection(UdpClientOptions model, I18n i18n) {
        CheckBox udp = check(i18n, "client-udp", "udp.transport", "udp.transport.client.tooltip");
        udp.selectedProperty().bindBidirectional(model.udpProperty());
        CheckBox broadcast = check(i18n, "client-broadcast", "udp.broadcast", "udp.broadcast.tooltip");
        broadcast.selectedProperty().bindBidirectional(model.broadcastProperty());
        CheckBox loop = check(i18n, "client-multicast-loop", "udp.loop", "udp.loop.tooltip");
        loop.selectedProperty().bindBidirectional(model.loopProperty());

        TextField ttl = new TextField();
        ttl.textProperty().bindBidirectional(model.ttlProperty());
        ttl.setPrefColumnCount(4);
        ttl.setTooltip(Tooltips.of(i18n, "udp.ttl.tooltip"));
        TextField networkInterface = new TextField();
        networkInterface.textProperty().bindBidirectional(model.interfaceProperty());
        networkInterface.setPrefColumnCount(5);
        networkInterface.setTooltip(Tooltips.of(i18n, "udp.interface.tooltip"));
        VBox ttlField = Fields.labelled(i18n, "udp.ttl", ttl, "client-multicast-ttl", model.ttlProblemProperty());
        VBox interfaceField = Fields.labelled(i18n, "udp.interface", networkInterface, "client-interface", model.interfaceProblemProperty());
        HBox.setHgrow(ttlField, Priority.ALWAYS);
        HBox.setHgrow(interfaceField, Priority.ALWAYS);
        VBox datagrams = new VBox(8, broadcast, new HBox(10, ttlField, interfaceField), loop);
        datagrams.disableProperty().bind(model.udpProperty().not());

        TextField source = new TextField();
        source.textProperty().bindBidirectional(model.sourceProperty());
        source.setPromptText("HOST[:PORT]");
        source.setTooltip(Tooltips.of(i18n, "udp.source.tooltip"));
        VBox sourceField = Fields.labelled(i18n, "udp.source", source, "client-source", model.sourceProblemProperty());

        pane.setId("client-udp-section");
        pane.textProperty().bind(i18n.text("udp.section.client"));
        pane.setContent(new VBox(8, udp, datagrams, sourceField));
        pane.setExpanded(false);
        pane.setAnimated(false);
    }

    private static CheckBox check(I18n i18n, String id, String key, String tooltip) {
        CheckBox box = new CheckBox();
        box.setMnemonicParsing(false);
        box.setId(id);
        box.textProperty().bind(i18n.text(key));
        box.setTooltip(Tooltips.of(i18n, tooltip));
        box.setWrapText(true);
        return box;
    }

    TitledPane node() {
        return pane;
    }
}
