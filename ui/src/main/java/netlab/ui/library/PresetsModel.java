package netlab.ui.library;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.lab.EndpointState;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.net.HostPort;
import netlab.engine.port.EndpointInfo;
import netlab.engine.event.Role;
import netlab.engine.port.LabCommands;
import netlab.engine.port.PresetOutcome;
import netlab.engine.preset.ClientPreset;
import netlab.engine.preset.Preset;
import netlab.ui.events.Completions;
import netlab.ui.events.EndpointStates;
import netlab.ui.i18n.Problem;
import netlab.ui.settings.Settings;

/**
 * The preset library and the preset open on the bench: opening one, running it with one click,
 * stopping it, and how far its run has got. The presets are given (loaded before the window opens:
 * no I/O here); whatever the library holds is shown, so new presets appear without code.
 *
 * <p>Progress is read from the event stream: a client or experiment announced while the run is
 * going belongs to it, and each one that ends is a step of {@link #totalSteps()}.
 */
public final class PresetsModel {
    private final LabCommands commands;
    private final Executor ui;
    private final Settings settings;
    private final ObservableList<Preset> presets;
    private final ObservableList<Preset> shown;
    /** The ids of the teacher's own presets (their edited copies of built-in ones included): the library marks them. */
    private final javafx.collections.ObservableSet<String> userPresets = FXCollections.observableSet();
    /** One view of it, held: a listener on a wrapper made per call would go with the wrapper. */
    private final javafx.collections.ObservableSet<String> userPresetsView = FXCollections.unmodifiableObservableSet(userPresets);
    private final ReadOnlyObjectWrapper<Preset> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(RunStatus.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<Problem> message = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty freePort;
    private final BooleanProperty bannerFolded;
    /** The ports the run's servers and relays listen on, in the order they started: what the banner shows. */
    private final ObservableList<Integer> serverPorts = FXCollections.observableArrayList();
    private final ObservableList<Integer> relayPorts = FXCollections.observableArrayList();

    /** Endpoints announced while the current run goes: its own. */
    private final Set<String> runEndpoints = new LinkedHashSet<>();
    private final Set<String> runEnded = new HashSet<>();
    /** How the last finished run ended; null while none did (its servers keep listening until stopped). */
    private PresetOutcome lastRun;
    private long runNumber;

    public PresetsModel(LabCommands commands, Executor ui, Settings settings, List<Preset> presets) {
        this(commands, ui, settings, presets, Set.of());
    }

    public PresetsModel(LabCommands commands, Executor ui, Settings settings, List<Preset> presets, Set<String> userPresets) {
        this.commands = commands;
        this.ui = ui;
        this.settings = settings;
        this.shown = FXCollections.observableArrayList(presets);
        this.presets = FXCollections.unmodifiableObservableList(shown);
        this.userPresets.addAll(userPresets);
        this.freePort = new SimpleBooleanProperty(settings.getBoolean("presets-free-port", false));
        freePort.addListener((obs, old, now) -> settings.putBoolean("presets-free-port", now));
        this.bannerFolded = new SimpleBooleanProperty(settings.getBoolean("presets-banner-folded", false));
        bannerFolded.addListener((obs, old, now) -> settings.putBoolean("presets-banner-folded", now));
    }

    public ObservableList<Preset> presets() {
        return presets;
    }

    /** The ids of the teacher's own presets, as the library marks them. */
    public javafx.collections.ObservableSet<String> userPresets() {
        return userPresetsView;
    }

    /**
     * {@code saved} (the teacher's copy of a preset, just written) takes the place of the preset
     * with its id in the library, and on the bench if that one is open: the class then asks its
     * questions. What it sets up is the same, so a run going on is left alone.
     */
    public void replace(Preset saved) {
        // marked first: the library's cell for it is redrawn by the replacement below
        userPresets.add(saved.id());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(saved.id())) {
                shown.set(i, saved);
            }
        }
        if (shown.stream().noneMatch(p -> p.id().equals(saved.id()))) {
            shown.add(saved);
        }
        Preset open = current.get();
        if (open != null && open.id().equals(saved.id())) {
            current.set(saved);
        }
    }

    public Optional<Preset> find(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The preset to open first: the last one opened, or stream-echo, or the first there is. */
    public Optional<Preset> initial() {
        for (String id : settings.recentPresets()) {
            Optional<Preset> p = find(id);
            if (p.isPresent()) {
                return p;
            }
        }
        return find("stream-echo").or(() -> presets.stream().findFirst());
    }

    /** Recently opened presets that are still in the library, the latest first. */
    public List<Preset> recent() {
        return settings.recentPresets().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Opens {@code preset} on the bench, ready to run; a run of another one still going is stopped. */
    public void open(Preset preset) {
        if (preset == current.get()) {
            return;
        }
        if (status.get().isActive()) {
            stop();
        }
        current.set(preset);
        serverPorts.clear();
        relayPorts.clear();
        if (preset != null) {
            settings.presetOpened(preset.id());
        }
        if (!status.get().isActive()) {
            status.set(RunStatus.READY);
        }
        progress.set(0);
        message.set(null);
    }

    /** Client runs plus experiments of the open preset: the steps its progress counts. */
    public int totalSteps() {
        Preset p = current.get();
        if (p == null) {
            return 0;
        }
        return p.clients().stream().mapToInt(ClientPreset::repeat).sum() + p.experiments().size();
    }

    public boolean canRun() {
        return current.get() != null && !status.get().isActive();
    }

    /**
     * Runs the open preset: what its last run left (servers still listening) is stopped first, so
     * that the servers can take their ports again.
     */
    public void run() {
        if (!canRun()) {
            return;
        }
        Preset preset = current.get();
        long number = ++runNumber;
        status.set(RunStatus.RUNNING);
        message.set(null);
        progress.set(totalSteps() == 0 ? -1 : 0);
        runEndpoints.clear();
        runEnded.clear();
        serverPorts.clear();
        relayPorts.clear();
        java.util.concurrent.CompletableFuture<Void> cleared = lastRun == null ? null : commands.stopPreset(lastRun.runId());
        lastRun = null;
        if (cleared == null) {
            start(preset, number);
        } else {
            Completions.onDone(cleared, ui, (v, e) -> start(preset, number));
        }
    }

    private void start(Preset preset, long number) {
        if (number != runNumber || status.get() != RunStatus.RUNNING) {
            return;
        }
        Completions.onDone(commands.runPreset(preset, freePort.get()), ui, (run, error) -> finished(number, run, error));
    }

    private void finished(long number, PresetOutcome run, Throwable error) {
        if (number != runNumber) {
            return;
        }
        lastRun = run;
        if (status.get() == RunStatus.STOPPING) {
            status.set(RunStatus.STOPPED);
            return;
        }
        if (error != null) {
            status.set(RunStatus.FAILED);
            message.set(Problem.of("preset.failed", ErrorInfo.of(error).toString()));
        } else if (!run.clientsSucceeded()) {
            status.set(RunStatus.FAILED);
            message.set(Problem.of("preset.clientsFailed"));
        } else {
            status.set(RunStatus.DONE);
            message.set(run.serversListening() == 0 ? null : Problem.of("preset.serversListen", run.serversListening()));
        }
        if (progress.get() >= 0) {
            progress.set(1);
        }
    }

    /**
     * Stops the run: everything it started is stopped, and so is whatever it starts until it
     * notices (a preset's remaining client runs start and stop at once).
     */
    public void stop() {
        if (status.get() == RunStatus.RUNNING) {
            status.set(RunStatus.STOPPING);
            runEndpoints.forEach(this::stopEndpoint);
        } else if (lastRun != null) {
            commands.stopPreset(lastRun.runId());
            lastRun = null;
            status.set(RunStatus.STOPPED);
        }
    }

    private void stopEndpoint(String id) {
        // one the lab forgot is over already
        commands.stop(id);
    }

    /** Follows the run's endpoints through the event stream. */
    public void accept(LabEvent e) {
        // a fast run can be over (its future done) before the frame that brings its events: they still count
        if (status.get() == RunStatus.READY) {
            return;
        }
        EndpointState state = EndpointStates.of(e);
        if (state == null) {
            return;
        }
        String id = e.origin().endpoint();
        if (state == EndpointState.STARTING && runEndpoints.add(id) && status.get() == RunStatus.STOPPING) {
            stopEndpoint(id);
        }
        Role role = e.origin().role();
        if (state == EndpointState.RUNNING && runEndpoints.contains(id) && (role == Role.SERVER || role == Role.RELAY)) {
            // the port it really listens on: the preset's, or the one the system gave ("any free port")
            commands.endpoint(id).map(EndpointInfo::address).filter(HostPort.class::isInstance)
                    .ifPresent(at -> (role == Role.SERVER ? serverPorts : relayPorts).add(((HostPort) at).port()));
        }
        if (state.isOver() && runEndpoints.contains(id) && role != Role.SERVER && runEnded.add(id)) {
            int total = totalSteps();
            if (total > 0) {
                progress.set(Math.min(1.0, runEnded.size() / (double) total));
            }
        }
    }

    public ReadOnlyObjectProperty<Preset> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1 while running or done; -1 when it cannot be told (nothing to count). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last run said at its end: a failure, or servers left listening. */
    public ReadOnlyObjectProperty<Problem> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Run the servers on free ports instead of the seed's (10000): for a bench where that port is taken. */
    public BooleanProperty freePortProperty() {
        return freePort;
    }

    /** The banner shows its title, Run and the step buttons only: the views below get its room (a projector's 768 lines). */
    public BooleanProperty bannerFoldedProperty() {
        return bannerFolded;
    }

    /** The ports the servers of the run listen on, in the preset's order (empty before they listen). */
    public ObservableList<Integer> serverPorts() {
        return FXCollections.unmodifiableObservableList(serverPorts);
    }

    /** The ports the relays of the run listen on, in the preset's order. */
    public ObservableList<Integer> relayPorts() {
        return FXCollections.unmodifiableObservableList(relayPorts);
    }

    /** How the last finished run ended, for tests and the banner; null while none. */
    public PresetOutcome lastRun() {
        return lastRun;
    }
}
