package netlab.ui.panes;

import java.util.Locale;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/** Above the panes: how chunks show their bytes (b'…', text, hex), and whether panes follow their end. */
final class PanesToolbar {
    private final HBox root;

    PanesToolbar(PaneSettings settings, I18n i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text("pane.bytes"));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ToggleGroup group = new ToggleGroup();
        HBox views = new HBox();
        BytesView[] all = BytesView.values();
        for (int i = 0; i < all.length; i++) {
            BytesView view = all[i];
            ToggleButton b = new ToggleButton();
            b.setMnemonicParsing(false);
            b.setId("bytes-" + view.name().toLowerCase(Locale.ROOT));
            b.textProperty().bind(i18n.text(view.messageKey()));
            b.setTooltip(Tooltips.of(i18n, view.messageKey() + ".tooltip"));
            b.setToggleGroup(group);
            b.setUserData(view);
            b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> settings.bytesViewProperty().set(view));
            views.getChildren().add(b);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == settings.bytesViewProperty().get()));
        settings.bytesViewProperty().addListener(o -> select.run());
        select.run();

        ToggleButton follow = new ToggleButton(null, Icons.of(Feather.CHEVRONS_DOWN));
        follow.setMnemonicParsing(false);
        follow.setId("panes-follow");
        follow.textProperty().bind(i18n.text("pane.follow"));
        follow.setTooltip(Tooltips.of(i18n, "pane.follow.tooltip"));
        follow.getStyleClass().add(Styles.SMALL);
        follow.selectedProperty().bindBidirectional(settings.followProperty());

        root = new HBox(8, label, views, new Spacer(), follow);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("panes-toolbar");
    }

    HBox node() {
        return root;
    }
}
