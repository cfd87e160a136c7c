package netlab.ui.status;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bottom line: events seen, events elided, connections open, backlog. The figures that change
 * every frame under a flood show on the {@link netlab.ui.controls.PacedText} beat; the elided
 * count, which changes seldom and must never be behind, at once.
 */
public final class StatusBar {
    private final HBox root;

    public StatusBar(StatusModel model, I18n i18n) {
        Label seen = figure("status-seen", Feather.ACTIVITY);
        netlab.ui.controls.PacedText.bind(seen, i18n.live("status.seen", model.seenProperty()), i18n.localeProperty());
        seen.setTooltip(Tooltips.of(i18n, "status.seen.tooltip"));

        Label elided = figure("status-elided", Feather.SKIP_FORWARD);
        elided.textProperty().bind(i18n.live("status.elided", model.elidedProperty()));
        elided.setTooltip(Tooltips.of(i18n, "status.elided.tooltip"));
        model.elidedProperty().addListener((obs, old, now) -> {
            if (now.longValue() > 0 && !elided.getStyleClass().contains(Styles.WARNING)) {
                elided.getStyleClass().add(Styles.WARNING);
            }
        });

        Label open = figure("status-open", Feather.LINK_2);
        netlab.ui.controls.PacedText.bind(open, i18n.live("status.open", model.openConnectionsProperty()), i18n.localeProperty());
        open.setTooltip(Tooltips.of(i18n, "status.open.tooltip"));

        Label backlog = figure("status-backlog", Feather.INBOX);
        netlab.ui.controls.PacedText.bind(backlog, i18n.live("status.backlog", model.backlogProperty()), i18n.localeProperty());
        backlog.setTooltip(Tooltips.of(i18n, "status.backlog.tooltip"));

        root = new HBox(10, seen, separator(), elided, separator(), open, separator(), backlog, new Spacer());
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
    }

    private static Label figure(String id, Feather icon) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(Icons.of(icon));
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    public HBox node() {
        return root;
    }
}
