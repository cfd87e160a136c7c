package netlab.ui.panes;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.util.Duration;
import netlab.ui.controls.Fields;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;

/** A line under a pane that says the outcome of what was just done there (copied, exported, failed), for a few seconds. */
final class PaneNotice {
    private final ObjectProperty<Problem> notice = new SimpleObjectProperty<>();
    private final PauseTransition timer = new PauseTransition(Duration.seconds(6));
    private final Label label;

    PaneNotice(I18n i18n, String paneKey) {
        label = NodeNames.name(Fields.problemLabel(i18n, notice, null), "pane-notice-" + paneKey);
        label.getStyleClass().remove(Styles.DANGER);
        label.getStyleClass().add("pane-notice");
        timer.setOnFinished(e -> notice.set(null));
    }

    void say(Problem message) {
        notice.set(message);
        timer.playFromStart();
    }

    void stop() {
        timer.stop();
    }

    Label node() {
        return label;
    }
}
