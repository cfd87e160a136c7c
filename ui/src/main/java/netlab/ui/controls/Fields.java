package netlab.ui.controls;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;

/** A labelled input with its problem written right under it. */
public final class Fields {
    private Fields() {
    }

    /**
     * @param id the input's id, also the prefix of its label's and problem's ids (for tests and
     *           accessibility tools)
     */
    public static VBox labelled(I18n i18n, String labelKey, Control input, String id, ObservableValue<Problem> problem) {
        return labelled(i18n, labelKey, input, input, id, problem);
    }

    /** As {@link #labelled(I18n, String, Control, String, ObservableValue)}, showing {@code shown} (which holds the input). */
    public static VBox labelled(I18n i18n, String labelKey, Control input, Node shown, String id,
                                ObservableValue<Problem> problem) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        // a field's name is never cut: the input beside it gives way instead
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        input.setId(id);
        input.accessibleTextProperty().bind(label.textProperty());
        VBox box = new VBox(4, label, shown);
        box.getStyleClass().add("field");
        if (problem != null) {
            box.getChildren().add(problemLabel(i18n, problem, id + "-problem"));
            problem.addListener((obs, old, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
            input.pseudoClassStateChanged(Styles.STATE_DANGER, problem.getValue() != null);
        }
        return box;
    }

    /** A small red line, present only while there is a problem to say. */
    public static Label problemLabel(I18n i18n, ObservableValue<Problem> problem, String id) {
        Label label = new WrappedLabel();
        label.setId(id);
        StringBinding text = i18n.problem(problem);
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-problem");
        label.setWrapText(true);
        // the message wraps to the field's width instead of widening the field to one long line
        label.setMinWidth(0);
        label.setPrefWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        hideWhenEmpty(label);
        return label;
    }

    /**
     * A wrapping label that is as high as its lines at the width it has. Asked for its height
     * without a width, as a row of fields asks its columns, a Label answers one line's height, and
     * a long problem under a narrow field (the port's) was cut after a line or three.
     */
    private static final class WrappedLabel extends Label {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }

    /** Takes no room while the label has nothing to say. */
    public static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
