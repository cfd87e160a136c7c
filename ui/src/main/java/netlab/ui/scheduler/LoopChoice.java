package netlab.ui.scheduler;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import netlab.ui.i18n.I18n;

/**
 * Which loop the scheduler view shows: the lab's own (its servers and bench) or one a preset's
 * programs run on (its clients', its relays'), each named in the person's language. The list grows
 * as loops appear.
 */
final class LoopChoice {
    private LoopChoice() {
    }

    static HBox row(SchedulerModel model, I18n i18n) {
        ComboBox<String> choice = new ComboBox<>(model.loops());
        choice.setId("scheduler-loop");
        choice.valueProperty().bindBidirectional(model.shownLoopProperty());
        choice.setCellFactory(list -> cell(i18n));
        choice.setButtonCell(cell(i18n));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("scheduler.loop.tooltip"));
        choice.setTooltip(tip);
        Label label = new Label();
        label.textProperty().bind(i18n.text("scheduler.loop"));
        label.setLabelFor(choice);
        HBox row = new HBox(8, label, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ListCell<String> cell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String loop, boolean empty) {
                super.updateItem(loop, empty);
                textProperty().unbind();
                if (empty || loop == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> name(loop, i18n), i18n.localeProperty()));
                }
            }
        };
    }

    /** The loop's name to show: the lab's, the clients', the relays' (as a preset's run names them), or another by its name. */
    static String name(String loop, I18n i18n) {
        return switch (loop) {
            case SchedulerModel.LAB -> i18n.get("scheduler.loop.lab");
            case "client" -> i18n.get("scheduler.loop.client");
            case "relay" -> i18n.get("scheduler.loop.relay");
            default -> i18n.get("scheduler.loop.other", loop);
        };
    }
}
