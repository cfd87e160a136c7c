package netlab.ui.panes;

import java.nio.file.Path;
import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.keys.ShortcutHandler;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * One pane on screen: a {@link PaneHeader} (the logger's name, the addresses, the state in words,
 * the byte counters, how many lines the filter hides) over a {@link PaneFilterBar} and a {@link PaneSearch} bar, the {@link PaneText} that holds the pane's lines,
 * a {@link PaneNotice} and, for an interactive client, a {@link PaneInput}. This class wires them:
 * a click on a line looks at its event, a right click opens the {@link PaneMenu}, and the text
 * follows the model when the window's frame budget allows, or in one step when the pane comes back
 * into sight.
 */
public final class PaneView {
    private final PaneModel model;
    private final PaneSettings settings;
    private final VBox root;
    private final PaneText text;
    private final PaneSearch search;
    private final PaneFilterBar filterBar;
    private final PaneNotice notice;
    private final PaneHeader header;
    private final PaneExporter exporter;
    private final ChangeListener<Number> onRevision;
    private final ChangeListener<Number> onFilter;
    /** Brings the text area up to the model; run when the window's frame budget allows. */
    private final Runnable redraw;
    private final InvalidationListener onView;
    private final I18n i18n;
    private boolean shown = true;
    private boolean behind;

    public PaneView(PaneModel model, I18n i18n, PaneActions actions) {
        this(model, i18n, actions, new PaneSettings());
    }

    public PaneView(PaneModel model, I18n i18n, PaneActions actions, PaneSettings settings) {
        this.model = model;
        this.settings = settings;
        this.i18n = i18n;
        text = new PaneText(model, i18n, settings);
        search = new PaneSearch(text.area(), model.key(), i18n, settings);
        notice = new PaneNotice(i18n, model.key());
        exporter = new PaneExporter(model, text, i18n, actions, notice);
        PaneMenu menu = new PaneMenu(model, text, i18n, actions, exporter, notice);
        filterBar = new PaneFilterBar(model.filter(), model.key(), i18n);
        header = new PaneHeader(model, i18n, actions, search::open, filterBar::toggle);

        root = new VBox(header.node(), filterBar.node(), search.node(), text.node(), notice.node());
        if (model.kind() == PaneKind.CLIENT && actions.isInteractive(model.endpointId())) {
            root.getChildren().add(new PaneInput(model, i18n, actions).node());
        }
        root.getStyleClass().addAll("pane", "pane-" + model.kind().name().toLowerCase(Locale.ROOT));
        NodeNames.name(root, "pane-" + model.key());
        new ShortcutHandler().on(Shortcut.FILTER, filterBar::open).install(root);
        // the filter reads lines as the pane shows them: the bytes in the view chosen, its notes in the current language
        model.filter().setTextOf(line -> text.render(line).text());

        StyleClassedTextArea area = text.area();
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                PaneLine line = text.selectLineAt(e.getX(), e.getY());
                if (line != null && line.source() != null) {
                    actions.focus(line.source());
                }
            } else if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                // where the platform sends no context-menu request for a right click, the click itself asks
                menu.show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
        area.setOnContextMenuRequested(e -> {
            menu.show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            e.consume();
        });

        redraw = () -> {
            if (shown) {
                text.sync();
                header.refresh();
                search.refresh();
            } else {
                behind = true;
            }
        };
        // new lines redraw at the budget's pace (a flood would make RichTextFX cells for every line
        // scrolled past); a filter the person just changed redraws at the next turn
        onRevision = (obs, old, now) -> settings.syncBudget().requestPaced(redraw);
        onFilter = (obs, old, now) -> settings.syncBudget().request(redraw);
        onView = o -> {
            model.filter().reread();
            text.redrawAll();
            redraw.run();
        };
        model.revisionProperty().addListener(onRevision);
        model.filter().epochProperty().addListener(onFilter);
        settings.bytesViewProperty().addListener(onView);
        i18n.localeProperty().addListener(onView); // its notes and states are said again in the new language
        text.sync();
    }

    /** Shows the search bar with the focus in it. */
    public void openSearch() {
        search.open();
    }

    /** Shows the filter row with the focus in its text. */
    public void openFilter() {
        filterBar.open();
    }

    /** Writes the pane's connection as pcap to {@code file} (from the recording that holds its bytes); the outcome is said under the pane. */
    public void exportPcapTo(Path file) {
        exporter.exportPcapTo(file);
    }

    /** Writes the pane (its lines as shown) to {@code file}; the outcome is said under the pane. */
    public void exportTo(Path file, boolean html) {
        exporter.exportTo(file, html);
    }

    /**
     * Whether the pane is in sight. A pane out of sight does not touch its text area (each change
     * there costs a layout) and catches up in one step when it comes back into sight.
     */
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && behind) {
            behind = false;
            text.sync();
            header.refresh();
        }
    }

    /** Lets go of the model: a removed pane must not keep receiving updates. */
    public void dispose() {
        model.revisionProperty().removeListener(onRevision);
        model.filter().epochProperty().removeListener(onFilter);
        model.filter().setTextOf(null);
        settings.bytesViewProperty().removeListener(onView);
        i18n.localeProperty().removeListener(onView);
        settings.syncBudget().cancel(redraw);
        notice.stop();
        text.dispose();
    }

    public VBox node() {
        return root;
    }

    public PaneModel model() {
        return model;
    }

    public StyleClassedTextArea area() {
        return text.area();
    }
}
