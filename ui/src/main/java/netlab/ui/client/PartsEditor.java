package netlab.ui.client;

import java.util.Locale;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import org.kordamp.ikonli.feather.Feather;

/** The message composer: the parts in a list, their input mode, and the splitter. */
public final class PartsEditor {
    private final VBox root;
    private final ObjectProperty<Problem> modeProblem = new SimpleObjectProperty<>();

    public PartsEditor(PartsModel parts, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("parts.title"));
        title.getStyleClass().add("field-label");
        Label total = new Label();
        total.setId("parts-total");
        total.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        total.textProperty().bind(i18n.live("parts.total", Bindings.size(parts.parts()), parts.totalBytesProperty()));
        HBox header = new HBox(8, title, new Spacer(), total);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<PartModel> list = new ListView<>(parts.parts());
        list.setId("parts-list");
        list.setCellFactory(v -> new PartCell(parts, i18n));
        list.setPrefHeight(150);
        list.setMinHeight(110);
        list.getStyleClass().addAll(Styles.DENSE, "parts-list");
        list.setFocusTraversable(false);

        Button add = new Button();
        add.setMnemonicParsing(false);
        add.setId("parts-add");
        add.textProperty().bind(i18n.text("parts.add"));
        add.setGraphic(Icons.of(Feather.PLUS));
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setOnAction(e -> {
            parts.add("");
            list.scrollTo(parts.parts().size() - 1);
        });

        HBox tools = new HBox(8, add, new Spacer(), modeToggles(parts, i18n));
        tools.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, header, list, tools,
                Fields.problemLabel(i18n, modeProblem, "parts-mode-problem"),
                Fields.problemLabel(i18n, parts.problemProperty(), "parts-problem"),
                splitter(parts, i18n));
    }

    private HBox modeToggles(PartsModel parts, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        Mode[] modes = Mode.values();
        for (int i = 0; i < modes.length; i++) {
            Mode mode = modes[i];
            ToggleButton b = new ToggleButton();
            b.setMnemonicParsing(false);
            b.setId("mode-" + mode.name().toLowerCase(Locale.ROOT));
            b.textProperty().bind(i18n.text("parts.mode." + mode.name().toLowerCase(Locale.ROOT)));
            b.setTooltip(Tooltips.of(i18n, "parts.mode." + mode.name().toLowerCase(Locale.ROOT) + ".tooltip"));
            b.setToggleGroup(group);
            b.setUserData(mode);
            b.getStyleClass().addAll(Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == modes.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            // the model may refuse a mode: the buttons show its mode, not the click
            b.setOnAction(e -> {
                modeProblem.set(parts.switchMode(mode));
                selectMode(group, parts.modeProperty().get());
            });
            box.getChildren().add(b);
        }
        parts.modeProperty().addListener((obs, old, now) -> selectMode(group, now));
        selectMode(group, parts.modeProperty().get());
        return box;
    }

    private static void selectMode(ToggleGroup group, Mode mode) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == mode));
    }

    private static TitledPane splitter(PartsModel parts, I18n i18n) {
        TextField message = new TextField();
        message.textProperty().bindBidirectional(parts.splitMessageProperty());
        message.setId("split-message");
        message.accessibleTextProperty().bind(i18n.text("split.message"));
        message.setTooltip(Tooltips.of(i18n, "split.message"));

        ToggleGroup group = new ToggleGroup();
        ToggleButton byMarker = new ToggleButton();
        byMarker.setMnemonicParsing(false);
        byMarker.setId("split-by-marker");
        byMarker.textProperty().bind(i18n.text("split.byMarker"));
        byMarker.getStyleClass().addAll(Styles.SMALL, Styles.LEFT_PILL);
        ToggleButton bySize = new ToggleButton();
        bySize.setMnemonicParsing(false);
        bySize.setId("split-by-size");
        bySize.textProperty().bind(i18n.text("split.bySize"));
        bySize.getStyleClass().addAll(Styles.SMALL, Styles.RIGHT_PILL);
        byMarker.setToggleGroup(group);
        bySize.setToggleGroup(group);
        byMarker.setOnAction(e -> parts.setSplitBy(PartsModel.SplitBy.MARKER));
        bySize.setOnAction(e -> parts.setSplitBy(PartsModel.SplitBy.SIZE));
        Runnable showBy = () -> {
            byMarker.setSelected(parts.splitByProperty().get() == PartsModel.SplitBy.MARKER);
            bySize.setSelected(parts.splitByProperty().get() == PartsModel.SplitBy.SIZE);
        };
        parts.splitByProperty().addListener((obs, old, now) -> showBy.run());
        showBy.run();

        TextField value = new TextField();
        value.setId("split-value");
        value.setPrefColumnCount(4);
        value.textProperty().bindBidirectional(parts.splitValueProperty());
        value.accessibleTextProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                parts.splitByProperty().get() == PartsModel.SplitBy.MARKER ? "split.marker" : "split.size"),
                parts.splitByProperty(), i18n.localeProperty()));

        Button split = new Button();
        split.setMnemonicParsing(false);
        split.setId("split-run");
        split.textProperty().bind(i18n.text("split.run"));
        split.setGraphic(Icons.of(Feather.SCISSORS));
        split.getStyleClass().add(Styles.SMALL);
        split.setOnAction(e -> parts.split());

        HBox options = new HBox(6, new HBox(byMarker, bySize), value, new Spacer(), split);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox body = new VBox(6, message, options,
                Fields.problemLabel(i18n, parts.splitProblemProperty(), "split-problem"));
        TitledPane pane = new TitledPane(null, body);
        pane.setMnemonicParsing(false);
        pane.textProperty().bind(i18n.text("split.title"));
        pane.setGraphic(Icons.of(Feather.SCISSORS));
        pane.setExpanded(false);
        pane.setId("splitter");
        pane.getStyleClass().addAll(Styles.DENSE, "splitter");
        return pane;
    }

    public VBox node() {
        return root;
    }
}
