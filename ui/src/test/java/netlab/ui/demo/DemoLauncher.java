package netlab.ui.demo;

import netlab.ui.testing.LivePorts;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import netlab.engine.lab.Lab;
import netlab.ui.LabWindow;
import netlab.ui.theme.Theme;

/**
 * Opens the lab window for a person (or a screenshot) to look at, as the app will: a lab, then
 * {@link LabWindow#show} after {@code Platform.startup}. Properties: {@code netlab.demo.locale}
 * (e.g. zh-CN), {@code netlab.demo.theme} (dark), {@code netlab.demo.run} (start the server on a
 * free port and send the seed's message that many times), {@code netlab.demo.pause} (ms between parts), {@code netlab.demo.port} (type this
 * server port and empty the second part, to see how problems are shown).
 */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Lab lab = new Lab();
        Locale locale = Locale.forLanguageTag(System.getProperty("netlab.demo.locale", "en"));
        int runs = Integer.getInteger("netlab.demo.run", 0);
        Platform.startup(() -> {
            Stage stage = new Stage();
            LabWindow window = LabWindow.show(stage, LivePorts.of(lab), netlab.ui.lab.LabOptions.bare(locale));
            stage.setOnCloseRequest(e -> {
                lab.close();
                Platform.exit();
            });
            if ("dark".equals(System.getProperty("netlab.demo.theme"))) {
                window.model().themeProperty().set(Theme.DARK);
            }
            String port = System.getProperty("netlab.demo.port");
            if (port != null) {
                window.model().server().portProperty().set(port);
                window.model().client().parts().parts().get(1).textProperty().set("");
            }
            if (runs > 0) {
                window.model().server().portProperty().set("0");
                window.model().client().pauseMillisProperty().set(System.getProperty("netlab.demo.pause", "0"));
                window.model().server().start();
                PauseTransition wait = new PauseTransition(Duration.millis(700));
                wait.setOnFinished(e -> {
                    for (int i = 0; i < runs; i++) {
                        window.model().client().send();
                    }
                });
                wait.play();
            }
        });
    }
}
