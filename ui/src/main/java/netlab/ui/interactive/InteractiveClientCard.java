package netlab.ui.interactive;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
import org.kordamp.ikonli.feather.Feather;

/** The interactive client's card: host, port, read size, Connect; the typing happens in its pane. */
public final class InteractiveClientCard {
    private final Card card = new Card();
    private final Button connect = new Button();

    public InteractiveClientCard(InteractiveClientModel model, I18n i18n) {
        card.setId("interactive-card");
        card.getStyleClass().add("bench-card");
        Label title = new Label();
        title.textProperty().bind(i18n.text("interactive.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        title.setGraphic(Icons.of(Feather.TERMINAL));
        connect.setMnemonicParsing(false);
        connect.setId("interactive-connect");
        connect.textProperty().bind(i18n.text("interactive.connect"));
        connect.setGraphic(Icons.of(Feather.LOG_IN));
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setTooltip(Tooltips.of(i18n, "interactive.connect.tooltip"));
        connect.setOnAction(e -> model.connect());
        HBox header = new HBox(8, title, new Spacer(), connect);
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
        follow.setId("interactive-port-follow");
        follow.selectedProperty().bindBidirectional(model.followServerProperty());
        follow.getStyleClass().addAll(Styles.BUTTON_ICON, "follow-server");
        follow.accessibleTextProperty().bind(i18n.text("client.port.follow"));
        follow.setTooltip(Tooltips.of(i18n, "client.port.follow.tooltip"));
        HBox portRow = new HBox(4, port, follow);
        portRow.setAlignment(Pos.CENTER_LEFT);
        TextField readSize = new TextField();
        readSize.textProperty().bindBidirectional(model.readSizeProperty());
        readSize.setPrefColumnCount(6);
        readSize.setTooltip(Tooltips.of(i18n, "client.readSize.tooltip"));

        VBox hostField = Fields.labelled(i18n, "field.host", host, "interactive-host", model.hostProblemProperty());
        HBox.setHgrow(hostField, Priority.ALWAYS);
        VBox portField = Fields.labelled(i18n, "field.port", port, portRow, "interactive-port", model.portProblemProperty());
        VBox readField = Fields.labelled(i18n, "field.readSize", readSize, "interactive-read-size", model.readSizeProblemProperty());
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("interactive.hint"));
        netlab.ui.controls.Fit.wrapping(hint);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        card.setBody(new VBox(8, new HBox(10, hostField, portField), readField, hint,
                Fields.problemLabel(i18n, model.problemProperty(), "interactive-problem")));
    }

    public Card node() {
        return card;
    }

    public Button connectButton() {
        return connect;
    }
}
