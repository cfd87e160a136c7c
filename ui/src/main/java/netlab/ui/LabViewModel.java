package netlab.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.InteractiveClientEndpoint;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.pcap.PcapExport;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingException;
import netlab.engine.record.RecordingReader;
import netlab.ui.recording.RecordingModel;
import netlab.ui.bench.BenchActions;
import netlab.ui.bench.BenchItem;
import netlab.ui.bench.BenchModel;
import netlab.ui.chunks.ChunkMapModel;
import netlab.ui.client.ClientCardModel;
import netlab.ui.code.CodeModel;
import netlab.ui.events.Completions;
import netlab.ui.events.EndpointStates;
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
import netlab.ui.server.ServerCardModel;
import netlab.ui.settings.Settings;
import netlab.ui.status.StatusModel;
import netlab.ui.theme.Theme;
import netlab.ui.timeline.TimelineModel;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabModel;
import netlab.ui.views.LabPart;
import netlab.ui.views.ViewCatalog;

/**
 * The window's state, without a single node: the bench (tree, forms, panes), the preset library
 * and its run, the chunk map, the timeline, the code beside the run, the step gate, the status
 * figures, the theme and the language. Everything here lives on the UI thread; events arrive
 * through {@link #accept} one frame's batch at a time, through the step gate.
 */
public final class LabViewModel implements LabContext, PaneActions {
    private final Lab lab;
    private final I18n i18n;
    private final Executor ui;
    private final Settings settings;
    private final ServerCardModel server;
    private final ClientCardModel client;
    private final InteractiveClientModel interactive;
    private final PanesModel panes;
    private final PaneSettings paneSettings = new PaneSettings();
    private final StatusModel status = new StatusModel();
    private final BenchModel bench;
    private final BenchActions benchActions;
    private final TimelineModel timeline = new TimelineModel();
    private final ChunkMapModel chunkMap;
    private final PresetsModel presets;
    private final CodeModel code;
    private final StepGate gate = new StepGate();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<BenchItem> selection = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LabEvent> focusedEvent = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper listeningPort = new ReadOnlyIntegerWrapper(-1);
    private final List<LabPart> parts = new ArrayList<>();
    private final LabOptions options;
    private final RecordingModel recording;
    private final ReadOnlyObjectWrapper<Problem> openProblem = new ReadOnlyObjectWrapper<>();
    private Consumer<Recording> replayOpener = r -> { };
    private List<LabEvent> pcapEvents;
    private java.time.Instant pcapLabStarted;
    /** What the views of ViewCatalog keep whether or not they are open, fed from the first event. */
    private final List<LabModel> models = new ArrayList<>();
    private String listeningServer;
    private ExecutorService files;

    /**
     * @param ui where engine completions are brought back to: {@code Platform::runLater} in the
     *           window, a test's own queue elsewhere
     */
    public LabViewModel(Lab lab, LabOptions options, Executor ui) {
        this.lab = lab;
        this.options = options;
        this.settings = options.settings();
        this.i18n = new I18n(options.startLocale());
        this.ui = ui;
        this.server = new ServerCardModel(lab, ui);
        this.client = new ClientCardModel(lab, ui);
        this.interactive = new InteractiveClientModel(lab, ui);
        this.panes = new PanesModel(new LineFormatter(i18n));
        this.bench = new BenchModel(lab::endpoint);
        this.benchActions = new BenchActions(lab, ui);
        this.chunkMap = new ChunkMapModel(panes);
        this.presets = new PresetsModel(lab, ui, settings, options.presets());
        this.code = new CodeModel(options.code());
        this.recording = new RecordingModel(lab);
        parts.add(recording);
        for (java.util.function.Supplier<? extends LabModel> make : ViewCatalog.models()) {
            models.add(make.get());
        }

        // the server card knows its own server's port first-hand, even when its events were elided
        server.listeningPortProperty().addListener((obs, old, now) -> {
            if (now.intValue() > 0) {
                listeningServer = server.endpointIdProperty().get();
                listeningPort.set(now.intValue());
            }
        });
        listeningPort.addListener((obs, old, now) -> {
            client.serverListening(now.intValue());
            interactive.serverListening(now.intValue());
        });
        focusedEvent.addListener((obs, old, now) -> code.focus(now));
        gate.lastStepProperty().addListener((obs, old, now) -> focusedEvent.set(now));
        presets.currentProperty().addListener((obs, old, now) -> code.presetOpened(now == null ? null : now.id()));
        presets.initial().ifPresent(presets::open);
        code.presetOpened(presets.currentProperty().get() == null ? null : presets.currentProperty().get().id());
        remember();
    }

    /** A bare bench in {@code locale}: no presets, nothing remembered. */
    public LabViewModel(Lab lab, Locale locale, Executor ui) {
        this(lab, LabOptions.bare(locale), ui);
    }

    /** Restores what was chosen last time and keeps what is chosen now. */
    private void remember() {
        theme.set("dark".equals(settings.get("theme", "light")) ? Theme.DARK : Theme.LIGHT);
        theme.addListener((obs, old, now) -> settings.put("theme", now == Theme.DARK ? "dark" : "light"));
        i18n.localeProperty().addListener((obs, old, now) -> settings.setLocale(now));
        restore("server-host", server.hostProperty());
        restore("server-port", server.portProperty());
        restore("server-read-size", server.readSizeProperty());
        restore("client-host", client.hostProperty());
        restore("client-read-size", client.readSizeProperty());
        restore("client-pause", client.pauseMillisProperty());
        restore("interactive-host", interactive.hostProperty());
        // a port typed by hand is kept; one that followed the server is not
        String typedPort = settings.get("client-port", null);
        if (typedPort != null) {
            client.portProperty().set(typedPort);
        }
        client.portProperty().addListener((obs, old, now) -> {
            if (!client.followServerProperty().get()) {
                settings.put("client-port", now);
            }
        });
        client.followServerProperty().addListener((obs, old, now) -> {
            if (now) {
                settings.put("client-port", null);
            }
        });
        client.halfCloseProperty().set(settings.getBoolean("client-half-close", true));
        client.halfCloseProperty().addListener((obs, old, now) -> settings.putBoolean("client-half-close", now));
    }

    private void restore(String key, javafx.beans.property.StringProperty property) {
        String saved = settings.get(key, null);
        if (saved != null) {
            property.set(saved);
        }
        property.addListener((obs, old, now) -> settings.put(key, now));
    }

    /** One frame's events, through the step gate. */
    public void accept(List<LabEvent> batch, int backlog) {
        gate.pass(batch, this::dispatch);
        panes.commit();
        status.commit(backlog + gate.heldProperty().get());
        bench.commit();
        timeline.commit();
        for (LabModel m : models) {
            m.commit();
        }
        for (LabPart part : List.copyOf(parts)) {
            part.commit();
        }
        paneSettings.syncBudget().flush();
    }

    private void dispatch(LabEvent e) {
        status.accept(e);
        server.accept(e);
        client.accept(e);
        panes.accept(e);
        bench.accept(e);
        timeline.accept(e);
        presets.accept(e);
        followServers(e);
        for (LabModel m : models) {
            m.accept(e);
        }
        for (LabPart part : parts) {
            part.accept(e);
        }
    }

    /** The latest server (or relay) to listen is the one client forms point at. */
    private void followServers(LabEvent e) {
        if ((e.origin().role() != Role.SERVER && e.origin().role() != Role.RELAY) || e.origin().isConnection()) {
            return;
        }
        EndpointState state = EndpointStates.of(e);
        if (state == null) {
            return;
        }
        String id = e.origin().endpoint();
        netlab.engine.net.Address address = lab.endpoint(id) instanceof ServerEndpoint s ? s.address()
                : lab.endpoint(id) instanceof netlab.engine.lab.RelayEndpoint r && r.spec().transport() != netlab.engine.lab.TransportKind.UNIX
                ? r.address() : null;
        if (state == EndpointState.RUNNING && address instanceof netlab.engine.net.HostPort hostPort) {
            listeningServer = id;
            listeningPort.set(hostPort.port());
        } else if (state.isOver() && id.equals(listeningServer)) {
            listeningServer = null;
            listeningPort.set(-1);
        }
    }

    /** A part that sees every event from now on (until {@link #removePart}). */
    public void addPart(LabPart part) {
        parts.add(part);
    }

    public void removePart(LabPart part) {
        parts.remove(part);
    }

    public void clearPanes() {
        panes.clear();
        timeline.clear();
    }

    public void select(BenchItem item) {
        selection.set(item);
    }

    /** The pane an item's events land in: a connection's own, or an endpoint's. */
    public PaneModel paneOf(BenchItem item) {
        if (item == null || item.type() == BenchItem.Type.GROUP) {
            return null;
        }
        String key = item.type() == BenchItem.Type.CONNECTION ? item.id() : item.endpointId();
        return panes.panes().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    // ---- pane actions ------------------------------------------------------------------------

    /** Stops an endpoint of the lab; its pane shows how it ended. Unknown ids are ignored. */
    @Override
    public void stopEndpoint(String endpointId) {
        Endpoint endpoint = lab.endpoint(endpointId);
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    @Override
    public boolean isInteractive(String endpointId) {
        return lab.endpoint(endpointId) instanceof InteractiveClientEndpoint;
    }

    @Override
    public void send(String endpointId, Bytes data, Consumer<Problem> then) {
        if (!(lab.endpoint(endpointId) instanceof InteractiveClientEndpoint c)) {
            then.accept(Problem.of("pane.input.unavailable"));
            return;
        }
        try {
            Completions.onDone(c.send(data), ui, (v, error) -> then.accept(error == null ? null : Problem.raw(ErrorInfo.of(error).toString())));
        } catch (RuntimeException e) {
            then.accept(Problem.from(e));
        }
    }

    @Override
    public void writeEof(String endpointId, Consumer<Problem> then) {
        if (!(lab.endpoint(endpointId) instanceof InteractiveClientEndpoint c)) {
            then.accept(Problem.of("pane.input.unavailable"));
            return;
        }
        Completions.onDone(c.writeEof(), ui, (v, error) -> then.accept(error == null ? null : Problem.raw(ErrorInfo.of(error).toString())));
    }

    @Override
    public void focus(LabEvent event) {
        focusedEvent.set(event);
    }

    /** Writes a file on a thread of its own: the UI thread never does I/O. */
    @Override
    public void save(Path file, String content, Consumer<Problem> then) {
        CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, files()).whenComplete((v, error) -> ui.execute(() -> then.accept(error == null ? null
                : Problem.of("pane.export.failed", file.toString(), Completions.unwrap(error).getCause() == null
                ? Completions.unwrap(error).getMessage() : Completions.unwrap(error).getCause().getMessage()))));
    }

    // ---- recordings -------------------------------------------------------------------------

    /** Opens a recording file, read away from the UI thread; then the replay opener shows it, or the problem is said. */
    public void openRecording(Path file) {
        openProblem.set(null);
        CompletableFuture.supplyAsync(() -> {
            try {
                return new RecordingReader().read(file);
            } catch (RecordingException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, files()).whenComplete((r, error) -> ui.execute(() -> {
            if (error != null) {
                Throwable cause = Completions.unwrap(error);
                openProblem.set(Problem.raw(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
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

    public RecordingModel recording() {
        return recording;
    }

    /** The options this window was made with (a replay window takes its code and look from them). */
    public LabOptions options() {
        return options;
    }

    public boolean isReplay() {
        return options.replay();
    }

    /** A replay window's events: where its pcap exports come from. */
    public void setPcapSource(List<LabEvent> events, java.time.Instant labStarted) {
        this.pcapEvents = List.copyOf(events);
        this.pcapLabStarted = labStarted;
    }

    @Override
    public boolean canExportPcap(String connection) {
        return connection != null && (pcapEvents != null || recording.kept() != null);
    }

    /**
     * Writes {@code connection} as pcap, away from the UI thread: from the replayed recording, or
     * from this window's recording (every byte is in its file; the panes keep only the first KiB).
     */
    @Override
    public void exportPcap(String connection, Path file, Consumer<Problem> then) {
        List<LabEvent> replayed = pcapEvents;
        java.time.Instant started = pcapLabStarted;
        Path kept = recording.kept();
        if (replayed == null && kept == null) {
            then.accept(Problem.of("pane.pcap.needsRecording"));
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                if (replayed != null) {
                    return PcapExport.write(replayed, connection, started, out);
                }
                Recording r = new RecordingReader().read(kept);
                return PcapExport.write(r.events(), connection, r.header().labStarted(), out);
            } catch (java.io.IOException | RecordingException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, files()).whenComplete((result, error) -> ui.execute(() -> {
            if (error == null) {
                then.accept(Problem.of("pane.pcap.done", result.packets(), file.toString()));
            } else {
                Throwable cause = Completions.unwrap(error);
                then.accept(Problem.of("pane.pcap.failed", cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            }
        }));
    }

    private ExecutorService files() {
        if (files == null) {
            files = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "netlab-files");
                t.setDaemon(true);
                return t;
            });
        }
        return files;
    }

    /** Lets go of the window's own threads, and stops a recording (its file is finished on the writer's thread). */
    public void dispose() {
        recording.stop("the window was closed");
        if (files != null) {
            files.shutdown();
        }
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    // ---- LabContext ---------------------------------------------------------------------------

    @Override
    public Lab lab() {
        return lab;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public Executor ui() {
        return ui;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public ReadOnlyObjectProperty<BenchItem> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    @Override
    public ObjectProperty<LabEvent> focusedEventProperty() {
        return focusedEvent;
    }

    @Override
    public ReadOnlyIntegerProperty listeningPortProperty() {
        return listeningPort.getReadOnlyProperty();
    }

    @Override
    public <T extends LabModel> T model(Class<T> type) {
        for (LabModel m : models) {
            if (type.isInstance(m)) {
                return type.cast(m);
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

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Large type, high contrast, one experiment filling the screen. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }
}
