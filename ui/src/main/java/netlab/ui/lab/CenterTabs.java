package netlab.ui.lab;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.views.CenterView;
import netlab.ui.views.LabPart;

/**
 * The centre of the window: a tab per view of the catalog, and the view shown. A view is made the
 * first time its tab opens and is a subscriber of the window's events from then on; a hidden one
 * is told so, to skip drawing.
 */
final class CenterTabs {
    private final LabViewModel model;
    private final Map<String, CenterView> views = new LinkedHashMap<>();
    private final Map<String, LabPart> parts = new LinkedHashMap<>();
    private final ToggleGroup group = new ToggleGroup();
    /** The views' buttons: they wrap onto a second line in a narrow window rather than be cut to "…". */
    private final FlowPane bar = new FlowPane(4, 4);
    private final StackPane content = new StackPane();
    private String current;

    CenterTabs(LabViewModel model, ViewCatalog catalog) {
        this.model = model;
        I18n i18n = model.i18n();
        for (CenterView view : catalog.centerViews()) {
            views.put(view.id(), view);
            ToggleButton b = new ToggleButton(null, Icons.of(view.icon()));
            b.setMnemonicParsing(false);
            b.setId("view-" + view.id());
            b.textProperty().bind(i18n.text(view.titleKey()));
            b.setToggleGroup(group);
            b.setUserData(view.id());
            b.getStyleClass().add("view-button");
            if (view.tooltipKey() != null) {
                b.setTooltip(view.shortcut() == null ? Tooltips.of(i18n, view.tooltipKey())
                        : Tooltips.withShortcut(i18n, view.tooltipKey(), view.shortcut()));
            }
            b.setOnAction(e -> show(view.id()));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.getChildren().add(b);
        }
        bar.getStyleClass().add("view-bar");
        content.setId("center-content");
        bar.setAlignment(Pos.CENTER_LEFT);
    }

    /** Shows a view, making it the first time. */
    void show(String id) {
        LabPart part = part(id);
        if (part == null) {
            return;
        }
        for (Map.Entry<String, LabPart> e : parts.entrySet()) {
            if (!e.getKey().equals(id)) {
                e.getValue().setShown(false);
            }
        }
        content.getChildren().setAll(part.node());
        current = id;
        group.getToggles().forEach(t -> t.setSelected(id.equals(t.getUserData())));
        part.setShown(true);
    }

    /** The view of {@code id}, made (and subscribed) now if it was not yet; null for an id the catalog lacks. */
    LabPart part(String id) {
        CenterView view = views.get(id);
        if (view == null) {
            return null;
        }
        return parts.computeIfAbsent(id, k -> {
            LabPart made = view.create(model);
            model.subscribe(made);
            return made;
        });
    }

    /** The window closes: every view made lets go of what it holds (a class that is on ends). */
    void dispose() {
        parts.values().forEach(LabPart::dispose);
    }

    /** The view of {@code id} if it was made; null otherwise. */
    LabPart made(String id) {
        return parts.get(id);
    }

    String current() {
        return current;
    }

    Iterable<CenterView> views() {
        return views.values();
    }

    FlowPane bar() {
        return bar;
    }

    StackPane content() {
        return content;
    }
}
