package netlab.ui.panes;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import netlab.ui.controls.Icons;
import netlab.ui.controls.NodeNames;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.Ikon;

/** The small flat icon buttons of a pane's header and search bar, named for screen readers and tooltips. */
final class PaneButtons {
    private PaneButtons() {
    }

    static Button icon(I18n i18n, Ikon icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        NodeNames.name(b, id);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key));
        return b;
    }
}
