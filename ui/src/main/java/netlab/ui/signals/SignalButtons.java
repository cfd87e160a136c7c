package netlab.ui.signals;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import netlab.engine.lab.Lab;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Send SIGINT", "Send SIGTERM": shown while a program on the bench waits for a signal (the
 * signals experiment, say). A click raises the signal in NetLab's own process, as
 * {@code kill -INT <pid>} from a terminal would, so the program's real handler runs on the loop.
 */
public final class SignalButtons {
    private final SignalsModel model;
    private final Lab lab;
    private final I18n i18n;
    private final HBox root = new HBox(6);
    private final Label intro = new Label();
    private final Label problem = new Label();

    public SignalButtons(SignalsModel model, Lab lab, I18n i18n) {
        this.model = model;
        this.lab = lab;
        this.i18n = i18n;
        intro.textProperty().bind(i18n.text("signals.waits"));
        intro.setGraphic(Icons.of(Feather.ZAP));
        intro.getStyleClass().add(Styles.TEXT_SMALL);
        intro.setMinWidth(Label.USE_PREF_SIZE);
        problem.setId("signal-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        root.setId("signal-buttons");
        root.setAlignment(Pos.CENTER_LEFT);
        root.managedProperty().bind(root.visibleProperty());
        model.awaited().addListener((ListChangeListener<String>) c -> rebuild());
        i18n.localeProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(intro);
        for (String signal : model.awaited()) {
            Button send = new Button(i18n.get("signals.send", signal), Icons.of(Feather.ZAP));
            send.setMnemonicParsing(false);
            send.setId("signal-" + signal);
            send.getStyleClass().addAll(Styles.SMALL, Styles.WARNING);
            send.setTooltip(new Tooltip(i18n.get("signals.send.tooltip", signal, ProcessHandle.current().pid())));
            send.setOnAction(e -> send(signal));
            nodes.add(send);
        }
        nodes.add(problem);
        root.getChildren().setAll(nodes);
        root.setVisible(!model.awaited().isEmpty());
        if (model.awaited().isEmpty()) {
            problem.setVisible(false);
        }
    }

    /** Raises the signal; a refusal (no handler takes it any more) is said beside the buttons. */
    private void send(String signal) {
        try {
            lab.loop().signals().raise(signal);
            problem.setVisible(false);
        } catch (RuntimeException e) {
            problem.setText(i18n.get("signals.failed", signal, String.valueOf(e.getMessage())));
            problem.setVisible(true);
        }
    }

    public Node node() {
        return root;
    }
}
