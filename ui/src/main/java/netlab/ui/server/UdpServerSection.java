package netlab.ui.server;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;

/** The server form's UDP part, folded away until opened: UDP, the multicast group to join and its interface, SO_REUSEADDR / SO_REUSEPORT. */
final class UdpServerSection {
    private final TitledPane pane = new TitledPane();

    UdpServerSection(UdpServerOptions model, I18n i18n) {
        CheckBox udp = new CheckBox();
        udp.setMnemonicParsing(false);
        udp.setId("server-udp");
        udp.textProperty().bind(i18n.text("udp.transport"));
        udp.setTooltip(Tooltips.of(i18n, "udp.transport.server.tooltip"));
        udp.selectedProperty().bindBidirectional(model.udpProperty());

        TextField join = new TextField();
        join.textProperty().bindBidirectional(model.joinProperty());
        join.setPromptText("239.1.2.3");
        join.setPrefColumnCount(9);
        join.setTooltip(Tooltips.of(i18n, "udp.join.tooltip"));
        TextField networkInterface = new TextField();
        networkInterface.textProperty().bindBidirectional(model.interfaceProperty());
        networkInterface.setPrefColumnCount(5);
        networkInterface.setTooltip(Tooltips.of(i18n, "udp.interface.tooltip"));
        VBox joinField = Fields.labelled(i18n, "udp.join", join, "server-join", model.joinProblemProperty());
        VBox interfaceField = Fields.labelled(i18n, "udp.interface", networkInterface, "server-interface", model.interfaceProblemProperty());
        HBox.setHgrow(joinField, Priority.ALWAYS);
        HBox.setHgrow(interfaceField, Priority.ALWAYS);
        HBox group = new HBox(10, joinField, interfaceField);
        group.disableProperty().bind(model.udpProperty().not());

        CheckBox reuseAddress = new CheckBox();
        reuseAddress.setMnemonicParsing(false);
        reuseAddress.setId("server-reuse-address");
        reuseAddress.textProperty().bind(i18n.text("udp.reuseAddress"));
        reuseAddress.setTooltip(Tooltips.of(i18n, "udp.reuseAddress.tooltip"));
        reuseAddress.selectedProperty().bindBidirectional(model.reuseAddressProperty());
        CheckBox reusePort = new CheckBox();
        reusePort.setMnemonicParsing(false);
        reusePort.setId("server-reuse-port");
        reusePort.textProperty().bind(i18n.text("udp.reusePort"));
        reusePort.selectedProperty().bindBidirectional(model.reusePortProperty());
        // a disabled box shows no tooltip: the reason it is off sits on the box's holder
        HBox reusePortHolder = new HBox(reusePort);
        reusePortHolder.setId("server-reuse-port-holder");
        if (model.reusePortSupported()) {
            reusePort.setTooltip(Tooltips.of(i18n, "udp.reusePort.tooltip"));
        } else {
            reusePort.setSelected(false);
            reusePort.setDisable(true);
            javafx.scene.control.Tooltip.install(reusePortHolder, Tooltips.of(i18n, "udp.reusePort.unsupported"));
        }
        VBox reuse = new VBox(6, reuseAddress, reusePortHolder); // one a line: the side bar is narrow
        reuse.disableProperty().bind(model.udpProperty().not());

        pane.setId("server-udp-section");
        pane.textProperty().bind(i18n.text("udp.section.server"));
        pane.setContent(new VBox(8, udp, group, reuse));
        pane.setExpanded(false);
        pane.setAnimated(false);
    }

    TitledPane node() {
        return pane;
    }
}
