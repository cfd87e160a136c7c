package netlab.ui.client;

import java.util.List;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import org.kordamp.ikonli.feather.Feather;

/** The client card: where to connect, the message in parts, pause, half-close, read size, Send. */
public final class ClientCard {
    private final Card card = new Card();
    private final Button send = new Button();

    public ClientCard(ClientCardModel model, I18n i18n) {
        card.setId("client-card");
        card.getStyleClass().add("bench-card");

        Label title = new Label();
        title.textProperty().bind(i18n.text("client.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        title.setGraphic(Icons.of(Feather.MONITOR));
        // Send sits in the header so that it stays in sight however long the form below grows
        HBox header = new HBox(8, title, new Spacer(), send);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("card-header");
        card.setHeader(header);

        TextField host = new TextField();
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = new TextField();
        port.textProperty().bindBidirectional(model.portProperty());
        port.setPrefColumnCount(6);
        ToggleButton follow = new ToggleButton(null, Icons.of(Feather.LINK));
        follow.setMnemonicParsing(false);
        follow.setId("client-port-follow");
        follow.selectedProperty().bindBidirectional(model.followServerProperty());
        follow.getStyleClass().addAll(Styles.BUTTON_ICON, "follow-server");
        follow.accessibleTextProperty().bind(i18n.text("client.port.follow"));
        follow.setTooltip(Tooltips.of(i18n, "client.port.follow.tooltip"));
        HBox portRow = new HBox(4, port, follow);
        portRow.setAlignment(Pos.CENTER_LEFT);

        VBox hostField = Fields.labelled(i18n, "field.host", host, "client-host", model.hostProblemProperty());
        HBox.setHgrow(hostField, Priority.ALWAYS);
        VBox portField = Fields.labelled(i18n, "field.port", port, portRow, "client-port", model.portProblemProperty());

        TextField pause = new TextField();
        pause.textProperty().bindBidirectional(model.pauseMillisProperty());
        pause.setPrefColumnCount(6);
        pause.setTooltip(Tooltips.of(i18n, "client.pause.tooltip"));
        TextField readSize = new TextField();
        readSize.textProperty().bindBidirectional(model.readSizeProperty());
        readSize.setPrefColumnCount(6);
        readSize.setTooltip(Tooltips.of(i18n, "client.readSize.tooltip"));
        CheckBox halfClose = new CheckBox();
        halfClose.setMnemonicParsing(false);
        halfClose.setId("client-half-close");
        halfClose.textProperty().bind(i18n.text("client.halfClose"));
        halfClose.selectedProperty().bindBidirectional(model.halfCloseProperty());
        halfClose.setTooltip(Tooltips.of(i18n, "client.halfClose.tooltip"));
        VBox pauseField = Fields.labelled(i18n, "field.pauseMillis", pause, "client-pause", model.pauseProblemProperty());
        VBox readField = Fields.labelled(i18n, "field.readSize", readSize, "client-read-size", model.readSizeProblemProperty());
        HBox.setHgrow(pauseField, Priority.ALWAYS);
        HBox.setHgrow(readField, Priority.ALWAYS);
        HBox options = new HBox(10, pauseField, readField);

        javafx.scene.control.MenuButton history = new javafx.scene.control.MenuButton(null, Icons.of(Feather.CLOCK));
        history.setMnemonicParsing(false);
        history.setId("client-history");
        history.textProperty().bind(i18n.text("client.history"));
        history.setTooltip(Tooltips.of(i18n, "client.history.tooltip"));
        history.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        history.disableProperty().bind(Bindings.isEmpty(model.history()));
        Runnable listHistory = () -> history.getItems().setAll(model.history().stream().map(message -> {
            String text = message.stream().map(netlab.engine.bytes.Bytes::repr).collect(java.util.stream.Collectors.joining(" | "));
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text.length() > 90 ? text.substring(0, 89) + "…" : text);
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.restore(message));
            return item;
        }).toList());
        model.history().addListener((javafx.collections.ListChangeListener<java.util.List<netlab.engine.bytes.Bytes>>) c -> listHistory.run());
        HBox historyRow = new HBox(history);
        historyRow.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(10,
                new HBox(10, hostField, portField),
                new PartsEditor(model.parts(), i18n).node(),
                historyRow,
                options,
                halfClose,
                new UdpClientSection(model.udp(), i18n).node());
        card.setBody(body);

        send.setMnemonicParsing(false);
        send.setId("client-send");
        send.textProperty().bind(i18n.text("client.send"));
        send.setGraphic(Icons.of(Feather.SEND));
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(e -> model.send());
        send.setTooltip(Tooltips.withShortcut(i18n, "client.send.tooltip", Shortcut.SEND));

        Label last = new Label();
        last.setId("client-last");
        last.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        last.textProperty().bind(Bindings.createStringBinding(() -> model.lastClientProperty().get() == null || model.lastClientStateProperty().get() == null ? ""
                        : i18n.get("client.last", model.lastClientProperty().get(),
                        i18n.get("endpoint.state." + model.lastClientStateProperty().get().label())),
                model.lastClientProperty(), model.lastClientStateProperty(), i18n.localeProperty()));
        Fields.hideWhenEmpty(last);
        // what happened to the last Send is said right under the button
        body.getChildren().addAll(0, List.of(last,
                Fields.problemLabel(i18n, model.sendProblemProperty(), "client-send-problem")));
    }

    public Card node() {
        return card;
    }

    public Button sendButton() {
        return send;
    }
}
