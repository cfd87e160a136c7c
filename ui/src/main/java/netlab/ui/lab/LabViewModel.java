package netlab.ui.lab;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import netlab.engine.event.LabEvent;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.engine.record.Recording;
import netlab.ui.bench.BenchActions;
import netlab.ui.bench.BenchItem;
import netlab.ui.bench.BenchModel;
import netlab.ui.chunks.ChunkMapModel;
import netlab.ui.client.ClientCardModel;
import netlab.ui.code.CodeModel;
import netlab.ui.events.Completions;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import netlab.ui.interactive.InteractiveClientModel;
import netlab.ui.library.PresetsModel;
import netlab.ui.panes.LineFormatter;
import netlab.ui.panes.PaneActions;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PaneSettings;
import netlab.ui.panes.PanesModel;
import netlab.ui.present.StepGate;
import netlab.ui.recording.RecordingModel;
import netlab.ui.server.ServerCardModel;
import netlab.ui.settings.Settings;
import netlab.ui.status.StatusModel;
import netlab.ui.workspace.WorkspaceModel;
import netlab.ui.theme.Theme;
import netlab.ui.timeline.TimelineModel;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabModel;
import netlab.ui.views.LabSubscriber;
import netlab.ui.views.Selection;

/**
 * The window's state, without a single node: the bench (tree, forms, panes), the preset library
 * and its run, the chunk map, the timeline, the code beside the run, the step gate, the status
 * figures, the theme and the language. It knows the lab only through its ports: commands sent,
 * files read and written, and the events the window hands to {@link #accept} once a frame, which
 * pass the step gate and then go to every subscriber on one list, in one order. FX thread only.
 */
public final class LabViewModel implements LabContext {
    private final LabCommands commands;
    private final LabFiles files;
    private final LabOptions options;
    private final Executor ui;
    private final I18n i18n;
    private final Subscribers subscribers = new Subscribers();
    /** The models and services views find by type: the core ones and those the catalog made. */
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final ServerCardModel server;
    private final ClientCardModel client;
    private final InteractiveClientModel interactive;
    private final PanesModel panes;
    private final PaneSettings paneSettings = new PaneSettings();
    private final StatusModel status = new StatusModel();
    private final WorkspaceModel workspace;
    private final BenchModel bench;
    private final BenchActions benchActions;
    private final TimelineModel timeline = new TimelineModel();
    private final ChunkMapModel chunkMap;
    private final PresetsModel presets;
    private final CodeModel code;
    private final StepGate gate = new StepGate();
    private final RecordingModel recording;
    private final ServerFollower follower;
    private final LabPaneActions paneActions;
    private final ViewResets resets;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<BenchItem> selectedItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LabEvent> focusedEvent = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Problem> openProblem = new ReadOnlyObjectWrapper<>();
    private Consumer<Recording> replayOpener = r -> { };
    private int backlog;
    private long lastEventNanos;

    /**
     * @param ui where command completions are brought back to: {@code Platform::runLater} in the
     *           window, a test's own queue elsewhere
     */
    public LabViewModel(LabCommands commands, LabFiles files, LabOptions options, ViewCatalog catalog, Executor ui) {
        this.commands = commands;
        this.files = files;
        this.options = options;
        this.ui = ui;
        this.i18n = new I18n(options.startLocale());
        this.server = new ServerCardModel(commands, files, ui);
        this.client = new ClientCardModel(commands, ui);
        this.interactive = new InteractiveClientModel(commands, ui);
        this.panes = new PanesModel(new LineFormatter(i18n));
        this.bench = new BenchModel(commands::endpoint);
        this.benchActions = new BenchActions(commands, ui);
        this.chunkMap = new ChunkMapModel(panes);
        this.presets = new PresetsModel(commands, ui, options.settings(), options.presets(), options.userPresets());
        this.code = new CodeModel(options.code());
        this.recording = new RecordingModel(commands, ui);
        this.follower = new ServerFollower(commands, server);
        this.paneActions = new LabPaneActions(commands, files, ui, focusedEvent, recording);
        this.workspace = new WorkspaceModel(commands, files, options.settings(), ui);

        // one list, one order: the core models, then what the catalog adds, then parts as they are made
        subscribers.add(new netlab.ui.views.Rebuildable() {
            @Override
            public void accept(LabEvent e) {
                status.accept(e);
            }

            @Override
            public void reset() {
                status.clear();
            }

            @Override
            public void commit() {
                status.commit(backlog + gate.heldProperty().get());
            }
        });
        subscribers.add(server::accept);
        subscribers.add(client::accept);
        subscribers.add(panes);
        subscribers.add(bench);
        subscribers.add(timeline);
        subscribers.add(presets::accept);
        subscribers.add(follower);
        subscribers.add(recording);
        for (Object service : new Object[] {server, client, interactive, panes, paneSettings, status, bench, benchActions,
                timeline, chunkMap, presets, code, gate, recording, paneActions, workspace, workspace.script()}) {
            services.put(service.getClass(), service);
        }
        services.put(PaneActions.class, paneActions);
        services.put(netlab.ui.views.RecordingOpener.class, (netlab.ui.views.RecordingOpener) this::openRecording);
        for (java.util.function.Supplier<? extends LabModel> make : catalog.models()) {
            LabModel m = make.get();
            services.put(m.getClass(), m);
            subscribers.add(m);
        }

        follower.listeningPortProperty().addListener((obs, old, now) -> {
            client.serverListening(now.intValue());
            interactive.serverListening(now.intValue());
        });
        focusedEvent.addListener((obs, old, now) -> code.focus(now));
        gate.lastStepProperty().addListener((obs, old, now) -> focusedEvent.set(now));
        presets.currentProperty().addListener((obs, old, now) -> code.presetOpened(now == null ? null : now.id()));
        resets = new ViewResets(subscribers, panes, chunkMap, gate, focusedEvent, paneSettings, timeline, presets);
        presets.initial().ifPresent(presets::open);
        code.presetOpened(presets.currentProperty().get() == null ? null : presets.currentProperty().get().id());
        selectedItem.addListener((obs, old, now) -> selection.set(now == null ? null : now.selection()));
        FormMemory memory = new FormMemory(options.settings());
        memory.theme(theme);
        i18n.localeProperty().addListener((obs, old, now) -> options.settings().setLocale(now));
        memory.forms(server, client, interactive);
    }

    /** A bare bench in {@code locale}: no presets, nothing remembered, the standard views. */
    public LabViewModel(LabCommands commands, LabFiles files, Locale locale, Executor ui) {
        this(commands, files, LabOptions.bare(locale), ViewCatalog.standard(), ui);
    }

    /** One frame's events, through the step gate, to every subscriber; {@code backlog}: events still waiting. */
    public void accept(java.util.List<LabEvent> batch, int backlog) {
        this.backlog = backlog;
        if (!batch.isEmpty()) {
            lastEventNanos = batch.get(batch.size() - 1).nanos();
        }
        gate.pass(batch, subscribers::accept);
        subscribers.commit();
        paneSettings.syncBudget().flush();
    }

    /** Adds a subscriber at the end of the one list; the returned action removes it. */
    public Runnable subscribe(LabSubscriber subscriber) {
        return subscribers.add(subscriber);
    }

    /** Clear (Ctrl+L): every view starts over (see {@link ViewResets#clear()}); what is held stays held. */
    public void clearPanes() {
        resets.clear();
    }

    public void select(BenchItem item) {
        selectedItem.set(item);
    }

    /** The pane an item's events land in: a connection's own, or an endpoint's. */
    public PaneModel paneOf(BenchItem item) {
        if (item == null || item.type() == BenchItem.Type.GROUP) {
            return null;
        }
        String key = item.type() == BenchItem.Type.CONNECTION ? item.id() : item.endpointId();
        return panes.panes().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    // ---- recordings -------------------------------------------------------------------------
    /** Opens a recording file, read off the FX thread; then the replay opener shows it, or the problem is said. */
    public void openRecording(Path file) {
        openProblem.set(null);
        files.readRecording(file).whenComplete((r, error) -> ui.execute(() -> {
            if (error != null) {
                openProblem.set(Problem.raw(LabPaneActions.message(Completions.unwrap(error))));
            } else {
                replayOpener.accept(r);
            }
        }));
    }

    /** What opening a recording shows it in (the window sets it: a replay window). */
    public void setReplayOpener(Consumer<Recording> opener) {
        this.replayOpener = opener;
    }

    /** Why the last recording could not be opened; null when it could. */
    public ReadOnlyObjectProperty<Problem> openProblemProperty() {
        return openProblem.getReadOnlyProperty();
    }

    /** A replay window's events: where its pcap exports come from. */
    public void setPcapSource(java.util.List<LabEvent> events, java.time.Instant labStarted) {
        paneActions.replaying(events, labStarted);
    }

    /**
     * The window is closing: a recording still running is stopped (its file is finished on the
     * writer's thread); done once that file is whole.
     */
    public java.util.concurrent.CompletableFuture<netlab.engine.record.RecordingWriter.Status> dispose() {
        return recording.stop("the window was closed");
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** The options this window was made with (a replay window takes its code and look from them). */
    public LabOptions options() {
        return options;
    }

    // ---- LabContext ---------------------------------------------------------------------------
    @Override
    public LabCommands commands() {
        return commands;
    }

    @Override
    public LabFiles files() {
        return files;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public Executor ui() {
        return ui;
    }

    /** Save and Open workspace, the recent workspaces. */
    public WorkspaceModel workspace() {
        return workspace;
    }

    @Override
    public Settings settings() {
        return options.settings();
    }

    @Override
    public long nowNanos() {
        return options.replay() ? lastEventNanos : commands.clockNanos();
    }

    @Override
    public boolean isReplay() {
        return options.replay();
    }

    @Override
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The bench tree's item selected; null when nothing is. */
    public ReadOnlyObjectProperty<BenchItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    @Override
    public ObjectProperty<LabEvent> focusedEventProperty() {
        return focusedEvent;
    }

    @Override
    public ReadOnlyIntegerProperty listeningPortProperty() {
        return follower.listeningPortProperty();
    }

    @Override
    public <T> T get(Class<T> type) {
        Object exact = services.get(type);
        if (exact != null) {
            return type.cast(exact);
        }
        for (Object s : services.values()) {
            if (type.isInstance(s)) {
                return type.cast(s);
            }
        }
        return null;
    }

    // ---- the parts ---------------------------------------------------------------------------
    public ServerCardModel server() {
        return server;
    }

    public ClientCardModel client() {
        return client;
    }

    public InteractiveClientModel interactive() {
        return interactive;
    }

    public PanesModel panes() {
        return panes;
    }

    public PaneSettings paneSettings() {
        return paneSettings;
    }

    public PaneActions paneActions() {
        return paneActions;
    }

    public StatusModel status() {
        return status;
    }

    public BenchModel bench() {
        return bench;
    }

    public BenchActions benchActions() {
        return benchActions;
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public ChunkMapModel chunkMap() {
        return chunkMap;
    }

    public PresetsModel presets() {
        return presets;
    }

    public CodeModel code() {
        return code;
    }

    public StepGate stepGate() {
        return gate;
    }

    public RecordingModel recording() {
        return recording;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Large type, high contrast, one experiment filling the screen. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }
}
