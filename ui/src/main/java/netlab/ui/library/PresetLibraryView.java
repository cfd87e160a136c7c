package netlab.ui.library;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.preset.Preset;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The preset library: every experiment with its title and summary in the current language, a
 * filter, and the ones opened lately. A click (or Enter) opens one on the bench, ready to run.
 */
public final class PresetLibraryView {
    private final VBox root;
    private final ListView<Preset> list;

    public PresetLibraryView(PresetsModel model, I18n i18n) {
        CustomTextField filter = new CustomTextField();
        filter.setId("library-filter");
        filter.promptTextProperty().bind(i18n.text("library.filter"));
        filter.accessibleTextProperty().bind(i18n.text("library.filter"));
        filter.setLeft(Icons.of(Feather.SEARCH));

        FilteredList<Preset> shown = new FilteredList<>(model.presets());
        Runnable refilter = () -> {
            String q = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
            // every language the preset speaks: a word typed in English still finds it after a switch to Chinese
            shown.setPredicate(p -> q.isEmpty() || p.id().contains(q) || p.seed().contains(q)
                    || p.title().byLanguage().values().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q))
                    || p.summary().byLanguage().values().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q)));
        };
        filter.textProperty().addListener(o -> refilter.run());
        i18n.localeProperty().addListener(o -> refilter.run());

        list = new ListView<>(shown);
        list.setId("library-list");
        list.getStyleClass().add("library-list");
        list.setCellFactory(v -> new PresetCell(i18n, model.userPresets()));
        // a preset saved as the teacher's copy is marked at once
        model.userPresets().addListener((javafx.collections.SetChangeListener<String>) c -> list.refresh());
        list.accessibleTextProperty().bind(i18n.text("library.title"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> openSelected(model));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(model);
            }
        });
        model.currentProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(model.currentProperty().get());

        Label recentTitle = new Label();
        recentTitle.textProperty().bind(i18n.text("library.recent"));
        recentTitle.getStyleClass().add("field-label");
        recentTitle.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane recent = new FlowPane(6, 4);
        recent.setId("library-recent");
        Runnable showRecent = () -> recent.getChildren().setAll(model.recent().stream().limit(5).map(p -> {
            Hyperlink link = new Hyperlink();
            link.setText(p.id());
            link.setTooltip(new javafx.scene.control.Tooltip());
            link.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> p.title().get(i18n.localeProperty().get()),
                    i18n.localeProperty()));
            link.setOnAction(e -> model.open(p));
            link.getStyleClass().add(Styles.TEXT_SMALL);
            return link;
        }).toList());
        model.currentProperty().addListener(o -> showRecent.run());
        showRecent.run();
        HBox recentRow = new HBox(6, recentTitle, recent);
        recentRow.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("library.count", shown.size(), model.presets().size()),
                shown, i18n.localeProperty()));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.presets().isEmpty() ? i18n.get("library.none") : "",
                i18n.localeProperty()));
        empty.setWrapText(true);
        Fields.hideWhenEmpty(empty);

        root = new VBox(8, filter, recentRow, count, empty, list);
        root.getStyleClass().add("library");
        root.setId("library");
    }

    private void openSelected(PresetsModel model) {
        Preset p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            model.open(p);
        }
    }

    public VBox node() {
        return root;
    }

    /** A preset in the list: its title, its seed (and whether it is the teacher's own), and its summary cut to a few lines. */
    private static final class PresetCell extends ListCell<Preset> {
        private final I18n i18n;
        private final java.util.Set<String> userPresets;
        private final Label mine = new Label();
        private final Label title = new Label();
        private final Label seed = new Label();
        private final Label summary = new Label();
        private final VBox box;

        PresetCell(I18n i18n, java.util.Set<String> userPresets) {
            this.i18n = i18n;
            this.userPresets = userPresets;
            mine.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT, "preset-mine");
            mine.setMinWidth(Label.USE_PREF_SIZE);
            mine.textProperty().bind(i18n.text("library.mine"));
            mine.setTooltip(new javafx.scene.control.Tooltip());
            mine.getTooltip().textProperty().bind(i18n.text("library.mine.tooltip"));
            title.getStyleClass().add("preset-title");
            title.setWrapText(true);
            seed.getStyleClass().addAll("preset-seed", Styles.TEXT_SMALL);
            seed.setMinWidth(Label.USE_PREF_SIZE);
            summary.getStyleClass().addAll("preset-summary", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            summary.setWrapText(true);
            summary.setMinHeight(Label.USE_PREF_SIZE);
            title.setMinHeight(Label.USE_PREF_SIZE);
            HBox top = new HBox(6, title, mine, seed);
            top.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(title, Priority.ALWAYS);
            box = new VBox(2, top, summary);
            // wrap to the list's width instead of widening the list: the box asks for no width of its
            // own, and is measured and laid out at the cell's width below
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setText(null);
        }

        /**
         * As tall as the title and the summary wrapped at the width the cell will have: the list
         * asks before the cell has that width, so the box is measured at the width asked for, not
         * at the cell's last one (a summary of many lines measured a few pixels too wide came out a
         * line short and ran into the next cell).
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != box) {
                return super.computePrefHeight(width);
            }
            double w = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(Math.max(0, w)) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == box) {
                double w = getWidth() - snappedLeftInset() - snappedRightInset();
                box.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(0, w), box.prefHeight(Math.max(0, w)));
            }
        }

        @Override
        protected void updateItem(Preset preset, boolean empty) {
            super.updateItem(preset, empty);
            title.textProperty().unbind();
            summary.textProperty().unbind();
            if (empty || preset == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("preset-" + preset.id());
            title.textProperty().bind(Bindings.createStringBinding(() -> preset.title().get(i18n.localeProperty().get()),
                    i18n.localeProperty()));
            summary.textProperty().bind(Bindings.createStringBinding(() -> preset.summary().get(i18n.localeProperty().get()),
                    i18n.localeProperty()));
            seed.setText(preset.seed());
            boolean own = userPresets.contains(preset.id());
            mine.setVisible(own);
            mine.setManaged(own);
            mine.setId(own ? "preset-mine-" + preset.id() : null);
            setGraphic(box);
        }
    }
}
