package netlab.ui.replay;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.record.Recording;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * Above a replayed lab: what is replayed (file, when and where it was recorded, what is wrong
 * with it), and the controls: to the start, a step back, play or pause, a step on, to the end,
 * the speed, and a slider over the whole recording.
 */
final class ReplayBar {
    private final VBox root;
    private final Button back = button(Feather.SKIP_BACK, "replay.start", "replay-start");
    private final Button stepBack = button(Feather.CHEVRON_LEFT, "replay.stepBack", "replay-step-back");
    private final Button play = button(Feather.PLAY, "replay.play", "replay-play");
    private final Button stepOn = button(Feather.CHEVRON_RIGHT, "replay.stepForward", "replay-step-forward");
    private final Button end = button(Feather.SKIP_FORWARD, "replay.end", "replay-end");
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Slider slider = new Slider();
    private final Label where = new Label();
    private final I18n i18n;

    ReplayBar(Recording recording, ReplayPlayer player, I18n i18n) {
        this.i18n = i18n;
        back.setOnAction(e -> player.seek(0));
        stepBack.setOnAction(e -> player.stepBack());
        play.setOnAction(e -> player.togglePlay());
        stepOn.setOnAction(e -> player.stepForward());
        end.setOnAction(e -> {
            player.pause();
            player.seek(player.size());
        });
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.of(player.playingProperty().get() ? Feather.PAUSE : Feather.PLAY), player.playingProperty()));
        play.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(player.playingProperty().get() ? "replay.pause" : "replay.play"), player.playingProperty(), i18n.localeProperty()));
        play.getStyleClass().add(Styles.ACCENT);

        speed.setId("replay-speed");
        speed.getItems().setAll(ReplayPlayer.SPEEDS);
        speed.setValue(player.speedProperty().get());
        speed.setCellFactory(v -> new SpeedCell());
        speed.setButtonCell(new SpeedCell());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                player.speedProperty().set(now);
            }
        });
        speed.setTooltip(Tooltips.of(i18n, "replay.speed.tooltip"));

        slider.setId("replay-slider");
        slider.setMin(0);
        slider.setMax(Math.max(1, player.size()));
        slider.setBlockIncrement(1);
        slider.setMinWidth(120);
        HBox.setHgrow(slider, Priority.ALWAYS);
        boolean[] moving = {false};
        player.positionProperty().addListener((obs, old, now) -> {
            if (!slider.isValueChanging()) {
                moving[0] = true;
                slider.setValue(now.intValue());
                moving[0] = false;
            }
        });
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                player.seek((int) Math.round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!moving[0] && !slider.isValueChanging()) {
                player.seek((int) Math.round(now.doubleValue()));
            }
        });

        where.setId("replay-position");
        where.getStyleClass().addAll(Styles.TEXT_SMALL, "replay-position");
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the slider gives way, not the figures
        where.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("replay.position",
                player.positionProperty().get(), player.size(), seconds(player.shownNanos()), seconds(player.totalNanos())),
                player.positionProperty(), i18n.localeProperty()));

        Label title = new Label();
        title.setId("replay-title");
        title.setGraphic(Icons.of(Feather.FILM));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "replay-title");
        title.textProperty().bind(i18n.text("replay.title", fileName(recording.source())));
        Label about = new Label();
        about.setId("replay-about");
        about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        about.textProperty().bind(i18n.text("replay.about", String.valueOf(recording.header().recordingStarted()),
                recording.header().netlab(), recording.header().machine() == null ? "?" : recording.header().machine(),
                recording.header().command() == null ? "—" : recording.header().command()));
        HBox top = new HBox(10, title, about);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox controls = new HBox(6, back, stepBack, play, stepOn, end, speed, slider, where);
        controls.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, top, controls);
        if (!recording.notes().isEmpty()) {
            Label notes = new Label(String.join("\n", recording.notes()));
            notes.setId("replay-notes");
            notes.setWrapText(true);
            notes.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
            notes.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL, "replay-notes");
            root.getChildren().add(notes);
        }
        root.getStyleClass().add("replay-bar");
        root.setId("replay-bar");
        label();
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private Button button(Feather icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        return b;
    }

    /** Names for screen readers and tooltips (the buttons are made before the language is known). */
    private void label() {
        for (Object[] b : new Object[][] {{back, "replay.start"}, {stepBack, "replay.stepBack"}, {stepOn, "replay.stepForward"},
                {end, "replay.end"}}) {
            Button button = (Button) b[0];
            button.accessibleTextProperty().bind(i18n.text((String) b[1]));
            button.setTooltip(Tooltips.of(i18n, b[1] + ".tooltip"));
        }
        play.setTooltip(Tooltips.of(i18n, "replay.play.tooltip"));
    }

    VBox node() {
        return root;
    }

    Button playButton() {
        return play;
    }

    private static final class SpeedCell extends ListCell<Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : (item == Math.rint(item) ? String.valueOf(item.intValue()) : String.valueOf(item)) + "×");
        }
    }
}
