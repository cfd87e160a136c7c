package netlab.ui.server;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The server card: host, port, read size, Start and Stop, and what the server is doing, in words. */
public final class ServerCard {
    private final Card card = new Card();
    private final Button start = new Button();
    private final Button stop = new Button();

    public ServerCard(ServerCardModel model, I18n i18n) {
        card.setId("server-card");
        card.getStyleClass().add("bench-card");

        Label title = new Label();
        title.textProperty().bind(i18n.text("server.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        title.setGraphic(Icons.of(Feather.SERVER));
        HBox header = new HBox(8, title, new Spacer(), statusBadge(model, i18n));
        header.getStyleClass().add("card-header");
        card.setHeader(header);

        TextField host = new TextField();
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = new TextField();
        port.textProperty().bindBidirectional(model.portProperty());
        port.setPrefColumnCount(6);
        TextField readSize = new TextField();
        readSize.textProperty().bindBidirectional(model.readSizeProperty());
        readSize.setPrefColumnCount(6);
        port.setTooltip(Tooltips.of(i18n, "server.port.tooltip"));
        readSize.setTooltip(Tooltips.of(i18n, "server.readSize.tooltip"));
        host.setTooltip(Tooltips.of(i18n, "server.host.tooltip"));

        VBox hostField = Fields.labelled(i18n, "field.host", host, "server-host", model.hostProblemProperty());
        VBox portField = Fields.labelled(i18n, "field.port", port, "server-port", model.portProblemProperty());
        VBox readField = Fields.labelled(i18n, "field.readSize", readSize, "server-read-size", model.readSizeProblemProperty());
        HBox.setHgrow(hostField, Priority.ALWAYS);
        javafx.scene.control.ComboBox<netlab.engine.lab.ServerBehavior> behavior = new javafx.scene.control.ComboBox<>();
        behavior.getItems().setAll(netlab.engine.lab.ServerBehavior.values());
        behavior.valueProperty().bindBidirectional(model.behaviorProperty());
        behavior.setMaxWidth(Double.MAX_VALUE);
        java.util.function.Supplier<javafx.util.StringConverter<netlab.engine.lab.ServerBehavior>> named = () -> new javafx.util.StringConverter<>() {
            @Override
            public String toString(netlab.engine.lab.ServerBehavior b) {
                // the engine's description is English; the form speaks the window's language
                return b == null ? "" : b.id() + " — " + i18n.get("server.behavior." + b.id());
            }

            @Override
            public netlab.engine.lab.ServerBehavior fromString(String s) {
                return null;
            }
        };
        behavior.setConverter(named.get());
        // the cells keep the text they were given: a new converter redraws them in the new language
        i18n.localeProperty().addListener((obs, old, now) -> behavior.setConverter(named.get()));
        VBox behaviorField = Fields.labelled(i18n, "field.behavior", behavior, "server-behavior", null);
        HBox.setHgrow(readField, Priority.NEVER);
        HBox.setHgrow(behaviorField, Priority.ALWAYS);
        // the closed box names the behaviour; what it does is a sentence under it that wraps (the
        // list keeps "id — description" per line): in a narrow side bar nothing ends in "…"
        behavior.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(netlab.engine.lab.ServerBehavior b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.id());
            }
        });
        Label behaviorAbout = netlab.ui.controls.Fit.wrapping(new Label());
        behaviorAbout.setId("server-behavior-about");
        behaviorAbout.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        behaviorAbout.textProperty().bind(Bindings.createStringBinding(() -> behavior.getValue() == null ? ""
                : i18n.get("server.behavior." + behavior.getValue().id()), behavior.valueProperty(), i18n.localeProperty()));
        behaviorField.getChildren().add(behaviorAbout);
        VBox fields = new VBox(8, new HBox(10, hostField, portField), readField, behaviorField);

        Label allInterfaces = new Label();
        allInterfaces.setId("server-all-interfaces");
        allInterfaces.textProperty().bind(i18n.text("server.allInterfaces"));
        allInterfaces.setGraphic(Icons.of(Feather.GLOBE));
        allInterfaces.getStyleClass().addAll(Styles.WARNING, "all-interfaces");
        allInterfaces.setWrapText(true);
        allInterfaces.visibleProperty().bind(model.allInterfacesProperty());
        allInterfaces.managedProperty().bind(allInterfaces.visibleProperty());

        card.setBody(new VBox(8, fields, rulesRow(model, i18n), rulesEditor(model, i18n), new UdpServerSection(model.udp(), i18n).node(), allInterfaces));

        start.setMnemonicParsing(false);
        start.setId("server-start");
        start.textProperty().bind(i18n.text("server.start"));
        start.setGraphic(Icons.of(Feather.PLAY));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        start.setTooltip(Tooltips.withShortcut(i18n, "server.start.tooltip", Shortcut.START_SERVER));

        stop.setMnemonicParsing(false);
        stop.setId("server-stop");
        stop.textProperty().bind(i18n.text("server.stop"));
        stop.setGraphic(Icons.of(Feather.SQUARE));
        stop.disableProperty().bind(model.canStopProperty().not());
        stop.setOnAction(e -> model.stop());
        stop.setTooltip(Tooltips.withShortcut(i18n, "server.stop.tooltip", Shortcut.STOP_SERVER));

        Label failure = Fields.problemLabel(i18n, model.failureProperty(), "server-failure");
        card.setFooter(new VBox(8, new HBox(8, start, stop), failure));
    }

    /** "Rules file…": the next server answers by the rules of a file (read through the file port); ✕ goes back to the behaviour. */
    private static HBox rulesRow(ServerCardModel model, I18n i18n) {
        Button load = new Button(null, Icons.of(Feather.FILE_TEXT));
        load.setMnemonicParsing(false);
        load.setId("server-rules-load");
        load.textProperty().bind(i18n.text("server.rules.load"));
        load.setTooltip(Tooltips.of(i18n, "server.rules.load.tooltip"));
        load.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.get("server.rules.load"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON, YAML", "*.json", "*.yaml", "*.yml"));
            java.io.File file = chooser.showOpenDialog(load.getScene() == null ? null : load.getScene().getWindow());
            if (file != null) {
                model.loadRules(file.toPath());
            }
        });
        Label loaded = new Label();
        loaded.setId("server-rules-file");
        loaded.textProperty().bind(Bindings.createStringBinding(() -> {
            netlab.engine.rules.RuleSet rules = model.rulesProperty().get();
            if (model.rulesFileProperty().get() != null) {
                return model.rulesFileProperty().get();
            }
            return rules.isEmpty() ? i18n.get("server.rules.none") : i18n.get("rules.edited", rules.rules().size(), rules.framing().id());
        }, model.rulesFileProperty(), model.rulesProperty(), i18n.localeProperty()));
        loaded.getStyleClass().add(Styles.TEXT_MUTED);
        loaded.setWrapText(true); // a narrow side bar wraps the words rather than cut them to "…"
        loaded.setMinHeight(Label.USE_PREF_SIZE);
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("server-rules-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.accessibleTextProperty().bind(i18n.text("server.rules.clear"));
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.rulesProperty().get().isEmpty(), model.rulesProperty()));
        clear.setOnAction(e -> model.clearRules());
        load.setMinWidth(Button.USE_PREF_SIZE); // the file's name wraps, the button's word stays whole
        HBox row = new HBox(8, load, loaded, clear);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** The rules editor; "Save rules…" asks where, then the file port writes the rules file. */
    private static javafx.scene.control.TitledPane rulesEditor(ServerCardModel model, I18n i18n) {
        return new RulesEditor(model.rulesEditor(), i18n, save -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.get("rules.save"));
            chooser.setInitialFileName("netlab-rules.json");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File file = chooser.showSaveDialog(save.getScene() == null ? null : save.getScene().getWindow());
            if (file != null) {
                model.rulesEditor().save(file.toPath());
            }
        }).node();
    }

    private static Label statusBadge(ServerCardModel model, I18n i18n) {
        Label badge = new Label();
        badge.setId("server-status");
        badge.getStyleClass().add("status-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> {
            ServerStatus s = model.statusProperty().get();
            if (s == ServerStatus.LISTENING) {
                return i18n.get(model.listeningOnAllProperty().get() ? "server.status.listeningAll" : "server.status.listening",
                        model.listeningHostProperty().get(), String.valueOf(model.listeningPortProperty().get()));
            }
            return i18n.get(s.messageKey());
        }, model.statusProperty(), model.listeningPortProperty(), model.listeningHostProperty(), i18n.localeProperty()));
        badge.graphicProperty().bind(Bindings.createObjectBinding(() -> statusIcon(model.statusProperty().get()),
                model.statusProperty()));
        model.statusProperty().addListener((obs, old, now) -> styleStatus(badge, now));
        styleStatus(badge, model.statusProperty().get());
        return badge;
    }

    private static FontIcon statusIcon(ServerStatus status) {
        return switch (status) {
            case NONE, STOPPED -> Icons.of(Feather.CIRCLE);
            case STARTING, STOPPING -> Icons.of(Feather.LOADER);
            case LISTENING -> Icons.of(Feather.RADIO);
            case FAILED -> Icons.of(Feather.ALERT_TRIANGLE);
        };
    }

    private static void styleStatus(Label badge, ServerStatus status) {
        badge.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        switch (status) {
            case LISTENING -> badge.getStyleClass().add(Styles.SUCCESS);
            case FAILED -> badge.getStyleClass().add(Styles.DANGER);
            case STARTING, STOPPING -> badge.getStyleClass().add(Styles.WARNING);
            default -> {
            }
        }
    }

    public Card node() {
        return card;
    }

    public Button startButton() {
        return start;
    }

    public Button stopButton() {
        return stop;
    }
}
