package netlab.ui.panes;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import netlab.engine.bytes.Bytes;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One pane on screen: a header with the logger's name, the addresses, the state in words and the
 * byte counters, over a read-only RichTextFX area that holds the pane's lines. It searches, copies
 * a chunk as hex or a Python or Java literal, exports itself as text or HTML, and (for an
 * interactive client) takes typed input.
 */
public final class PaneView {
    private final PaneModel model;
    private final I18n i18n;
    private final PaneActions actions;
    private final PaneSettings settings;
    private final VBox root;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final PaneDocument document;
    private final ChangeListener<Number> onRevision;
    /** Brings the text area up to the model; run when the window's frame budget allows. */
    private final Runnable redraw;
    private final InvalidationListener onView;
    private final LineFormatter formatter;
    private final javafx.beans.property.ObjectProperty<Problem> notice = new javafx.beans.property.SimpleObjectProperty<>();
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(6));
    private final HBox searchBar;
    private final TextField searchField = new TextField();
    private final Label searchCount = new Label();
    private List<Integer> matches = List.of();
    private ContextMenu menu;
    private int currentMatch = -1;
    private boolean shown = true;
    private boolean behind;

    public PaneView(PaneModel model, I18n i18n, PaneActions actions) {
        this(model, i18n, actions, new PaneSettings());
    }

    public PaneView(PaneModel model, I18n i18n, PaneActions actions, PaneSettings settings) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        this.settings = settings;
        this.formatter = new LineFormatter(i18n);
        area.setEditable(false);
        // a read-only log keeps no undo history: the default one holds every change made, forever
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.getStyleClass().add("pane-text");
        area.setId("pane-text-" + model.key());
        area.accessibleTextProperty().bind(model.titleProperty());
        document = new PaneDocument(area, model, i18n);
        document.setFollow(() -> settings.followProperty().get());
        document.setRender(this::render);

        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("pane-title");
        title.setGraphic(Icons.of(kindIcon(model.kind())));
        title.setId("pane-title-" + model.key());
        title.setMinWidth(0);

        Label addresses = new Label();
        addresses.getStyleClass().addAll("pane-addresses", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        addresses.textProperty().bind(Bindings.createStringBinding(() -> addressLine(model),
                model.localProperty(), model.remoteProperty()));
        addresses.setMinWidth(0);

        Label state = new Label();
        state.setId("pane-state-" + model.key());
        state.getStyleClass().add("pane-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.stateProperty().get().messageKey()),
                model.stateProperty(), i18n.localeProperty()));
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> stateIcon(model.stateProperty().get()),
                model.stateProperty()));
        model.stateProperty().addListener((obs, old, now) -> styleState(state, now));
        styleState(state, model.stateProperty().get());
        state.setMinWidth(Label.USE_PREF_SIZE);

        Label counters = new Label();
        counters.setId("pane-counters-" + model.key());
        counters.getStyleClass().addAll("pane-counters", Styles.TEXT_SMALL);
        counters.textProperty().bind(i18n.live("pane.counters", model.bytesInProperty(), model.readsProperty(),
                model.bytesOutProperty(), model.writesProperty()));
        counters.setMinWidth(Label.USE_PREF_SIZE);

        Button search = iconButton(Feather.SEARCH, "pane.search", "pane-search-open-" + model.key());
        search.setOnAction(e -> openSearch());
        HBox top = new HBox(6, title, new Spacer(), state, search);
        if (model.kind() == PaneKind.CLIENT) {
            top.getChildren().add(stopButton());
        }
        top.setAlignment(Pos.CENTER_LEFT);
        // addresses and counters share a line while there is room and wrap when there is not
        FlowPane bottom = new FlowPane(16, 2, addresses);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getChildren().add(counters);
        // a server's or the lab's own pane has no addresses or bytes of its own: its title says all
        VBox header = new VBox(2, top);
        if (model.kind() == PaneKind.CLIENT || model.kind() == PaneKind.SERVER_CONNECTION) {
            header.getChildren().add(bottom);
        }
        header.getStyleClass().add("pane-header");

        searchBar = searchBar();

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label noticeLabel = Fields.problemLabel(i18n, notice, "pane-notice-" + model.key());
        noticeLabel.getStyleClass().remove(Styles.DANGER);
        noticeLabel.getStyleClass().add("pane-notice");
        noticeTimer.setOnFinished(e -> notice.set(null));
        root = new VBox(header, searchBar, scroll, noticeLabel);
        if (model.kind() == PaneKind.CLIENT && actions.isInteractive(model.endpointId())) {
            root.getChildren().add(new PaneInput(model, i18n, actions).node());
        }
        root.getStyleClass().addAll("pane", "pane-" + model.kind().name().toLowerCase(Locale.ROOT));
        root.setId("pane-" + model.key());

        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                PaneLine line = lineAt(e.getX(), e.getY());
                if (line != null && line.source() != null) {
                    actions.focus(line.source());
                }
            } else if (e.getButton() == MouseButton.SECONDARY && (menu == null || !menu.isShowing())) {
                // where the platform sends no context-menu request for a right click, the click itself asks
                showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
        area.setOnContextMenuRequested(e -> {
            showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            e.consume();
        });

        redraw = () -> {
            if (shown) {
                document.sync();
                refreshSearch();
            } else {
                behind = true;
            }
        };
        onRevision = (obs, old, now) -> settings.syncBudget().request(redraw);
        onView = o -> {
            document.setRender(this::render);
            redraw.run();
        };
        model.revisionProperty().addListener(onRevision);
        model.epochProperty().addListener(onRevision);
        settings.bytesViewProperty().addListener(onView);
        document.sync();
    }

    /** Chunk lines in the current bytes view; every other line as it is. */
    private void showMenu(double x, double y, double screenX, double screenY) {
        if (menu != null) {
            menu.hide();
        }
        menu = contextMenu(lineAt(x, y));
        menu.show(area, screenX, screenY);
    }

    private PaneLine render(PaneLine line) {
        BytesView view = settings.bytesViewProperty().get();
        if (view == BytesView.LITERAL || !line.isChunk()) {
            return line;
        }
        PaneLine other = formatter.format(line.source(), line.chunkNumber(), view);
        return other == null ? line : other;
    }

    private PaneLine lineAt(double x, double y) {
        var hit = area.hit(x, y);
        int paragraph = area.offsetToPosition(hit.getInsertionIndex(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        return document.lineAt(paragraph);
    }

    private Button iconButton(Ikon icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setId(id);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key));
        return b;
    }

    /** A client without half-close waits for the server for ever: this ends it from its own pane. */
    private Button stopButton() {
        Button stop = iconButton(Feather.SQUARE, "pane.stop", "pane-stop-" + model.key());
        stop.getStyleClass().add("pane-stop");
        stop.setTooltip(Tooltips.of(i18n, "pane.stop.tooltip"));
        stop.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.stateProperty().get().isOver(),
                model.stateProperty()));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> actions.stopEndpoint(model.endpointId()));
        return stop;
    }

    private HBox searchBar() {
        searchField.setId("pane-search-" + model.key());
        searchField.promptTextProperty().bind(i18n.text("pane.search.prompt"));
        searchField.accessibleTextProperty().bind(i18n.text("pane.search"));
        HBox.setHgrow(searchField, Priority.ALWAYS);
        searchCount.setId("pane-search-count-" + model.key());
        searchCount.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        searchCount.setMinWidth(Label.USE_PREF_SIZE);
        Button prev = iconButton(Feather.CHEVRON_UP, "pane.search.previous", "pane-search-prev-" + model.key());
        Button next = iconButton(Feather.CHEVRON_DOWN, "pane.search.next", "pane-search-next-" + model.key());
        Button close = iconButton(Feather.X, "pane.search.close", "pane-search-close-" + model.key());
        prev.setOnAction(e -> step(false));
        next.setOnAction(e -> step(true));
        close.setOnAction(e -> closeSearch());
        searchField.textProperty().addListener(o -> {
            currentMatch = -1;
            refreshSearch();
            step(true);
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeSearch();
                e.consume();
            }
        });
        HBox bar = new HBox(4, searchField, searchCount, prev, next, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-search");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Shows the search bar with the focus in it. */
    public void openSearch() {
        searchBar.setVisible(true);
        searchField.requestFocus();
        searchField.selectAll();
        refreshSearch();
    }

    private void closeSearch() {
        searchBar.setVisible(false);
        searchField.clear();
        area.deselect();
    }

    private void refreshSearch() {
        if (!searchBar.isVisible()) {
            return;
        }
        matches = TextSearch.matches(area.getText(), searchField.getText());
        if (currentMatch >= matches.size()) {
            currentMatch = matches.isEmpty() ? -1 : matches.size() - 1;
        }
        searchCount.setText(searchField.getText().isEmpty() ? ""
                : i18n.get("pane.search.count", currentMatch + 1, matches.size()));
    }

    private void step(boolean forward) {
        refreshSearch();
        if (matches.isEmpty()) {
            searchCount.setText(searchField.getText().isEmpty() ? "" : i18n.get("pane.search.none"));
            return;
        }
        int from = currentMatch < 0 ? 0 : matches.get(currentMatch) + (forward ? 1 : 0);
        currentMatch = TextSearch.next(matches, from, forward);
        int at = matches.get(currentMatch);
        settings.followProperty().set(false);
        area.selectRange(at, at + searchField.getText().length());
        area.requestFollowCaret();
        searchCount.setText(i18n.get("pane.search.count", currentMatch + 1, matches.size()));
    }

    private ContextMenu contextMenu(PaneLine line) {
        MenuItem copy = item("pane.copy", Feather.COPY, () -> copy(area.getSelectedText()));
        copy.setDisable(area.getSelectedText().isEmpty());
        MenuItem copyLine = item("pane.copyLine", Feather.COPY, () -> copy(render(line).text()));
        copyLine.setDisable(line == null);
        ContextMenu menu = new ContextMenu(copy, copyLine);
        if (line != null && line.isChunk()) {
            Bytes data = line.source().data();
            boolean cut = line.source().amount() > data.size();
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("pane.copyHex", Feather.HASH, () -> copyChunk(ByteLiterals.hex(data), cut, line)),
                    item("pane.copyPython", Feather.CODE, () -> copyChunk(ByteLiterals.python(data), cut, line)),
                    item("pane.copyJava", Feather.CODE, () -> copyChunk(ByteLiterals.java(data), cut, line)));
        }
        if (line != null && line.source() != null) {
            menu.getItems().addAll(new SeparatorMenuItem(), item("pane.showCode", Feather.FILE_TEXT, () -> actions.focus(line.source())));
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("pane.exportText", Feather.DOWNLOAD, () -> export(false)),
                item("pane.exportHtml", Feather.DOWNLOAD, () -> export(true)));
        if (model.connection() != null) {
            MenuItem pcap = item("pane.exportPcap", Feather.DOWNLOAD, this::exportPcap);
            pcap.setId("pane-export-pcap");
            pcap.setDisable(!actions.canExportPcap(model.connection()));
            menu.getItems().add(pcap);
        }
        return menu;
    }

    private MenuItem item(String key, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(null, Icons.of(icon));
        item.setMnemonicParsing(false);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void copyChunk(String text, boolean cut, PaneLine line) {
        copy(text);
        say(cut ? Problem.of("pane.copied.cut", line.source().data().size(), line.source().amount())
                : Problem.of("pane.copied", line.source().data().size()));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void export(boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(html ? "pane.exportHtml" : "pane.exportText"));
        chooser.setInitialFileName(model.titleProperty().get().replaceAll("[^A-Za-z0-9._-]+", "_") + (html ? ".html" : ".txt"));
        File file = chooser.showSaveDialog(area.getScene() == null ? null : area.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath(), html);
        }
    }

    private void exportPcap() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("pane.exportPcap"));
        chooser.setInitialFileName(model.connection().replaceAll("[^A-Za-z0-9._-]+", "_") + ".pcap");
        File file = chooser.showSaveDialog(area.getScene() == null ? null : area.getScene().getWindow());
        if (file != null) {
            exportPcapTo(file.toPath());
        }
    }

    /** Writes the pane's connection as pcap to {@code file} (from the recording that holds its bytes); the outcome is said under the pane. */
    public void exportPcapTo(Path file) {
        say(Problem.of("pane.exporting", file.getFileName().toString()));
        actions.exportPcap(model.connection(), file, this::say);
    }

    /** Writes the pane (its lines as shown) to {@code file}; the outcome is said under the pane. */
    public void exportTo(Path file, boolean html) {
        List<PaneLine> lines = model.lines().stream().map(this::render).toList();
        String title = model.titleProperty().get();
        String content = html ? PaneExport.html(title, lines, model.elidedLines()) : PaneExport.text(title, lines, model.elidedLines());
        say(Problem.of("pane.exporting", file.getFileName().toString()));
        actions.save(file, content, problem -> say(problem != null ? problem : Problem.of("pane.exported", file.toString())));
    }

    private void say(Problem message) {
        notice.set(message);
        noticeTimer.playFromStart();
    }

    private static String addressLine(PaneModel model) {
        String local = model.localProperty().get();
        String remote = model.remoteProperty().get();
        String id = model.kind() == PaneKind.SERVER_CONNECTION ? model.key() : model.endpointId();
        if (local == null || remote == null) {
            return id;
        }
        return id + " · " + local + " ⇄ " + remote;
    }

    private static Ikon kindIcon(PaneKind kind) {
        return switch (kind) {
            case SERVER_MAIN -> Feather.SERVER;
            case SERVER_CONNECTION -> Feather.LINK_2;
            case CLIENT -> Feather.MONITOR;
            case LAB -> Feather.ACTIVITY;
        };
    }

    private static FontIcon stateIcon(PaneState state) {
        return Icons.of(switch (state) {
            case STARTING, STOPPING, CONNECTING -> Feather.LOADER;
            case LISTENING -> Feather.RADIO;
            case OPEN -> Feather.ZAP;
            case HALF_CLOSED_LOCAL -> Feather.ARROW_DOWN;
            case HALF_CLOSED_REMOTE -> Feather.ARROW_UP;
            case HALF_CLOSED_BOTH -> Feather.MINUS;
            case CLOSED, STOPPED -> Feather.CIRCLE;
            case FAILED -> Feather.ALERT_TRIANGLE;
        });
    }

    private static void styleState(Label label, PaneState state) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
        label.getStyleClass().add(switch (state) {
            case LISTENING, OPEN -> Styles.SUCCESS;
            case HALF_CLOSED_LOCAL, HALF_CLOSED_REMOTE, HALF_CLOSED_BOTH, STARTING, STOPPING, CONNECTING -> Styles.WARNING;
            case FAILED -> Styles.DANGER;
            case CLOSED, STOPPED -> Styles.TEXT_MUTED;
        });
    }

    /**
     * Whether the pane is in sight. A pane out of sight does not touch its text area (each change
     * there costs a layout) and catches up in one step when it comes back into sight.
     */
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && behind) {
            behind = false;
            document.sync();
        }
    }

    /** Lets go of the model: a removed pane must not keep receiving updates. */
    public void dispose() {
        model.revisionProperty().removeListener(onRevision);
        model.epochProperty().removeListener(onRevision);
        settings.bytesViewProperty().removeListener(onView);
        settings.syncBudget().cancel(redraw);
        noticeTimer.stop();
    }

    public VBox node() {
        return root;
    }

    public PaneModel model() {
        return model;
    }

    public StyleClassedTextArea area() {
        return area;
    }
}
