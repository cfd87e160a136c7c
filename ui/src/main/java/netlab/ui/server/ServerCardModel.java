package netlab.ui.server;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.port.LabFiles;
import netlab.engine.rules.RuleSet;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.net.Hosts;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.Started;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.ui.events.Completions;
import netlab.ui.events.EndpointStates;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The server card: a form for seed 000's echo server and the state of the one it started. Fields
 * are checked as they are typed; the engine's own checks decide what is valid, so the card can
 * never accept what the engine would refuse.
 */
public final class ServerCardModel {
    private final LabCommands commands;
    private final Executor ui;

    private final StringProperty host = new SimpleStringProperty(ServerSpec.DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_PORT));
    private final StringProperty readSize = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_READ_SIZE));
    private final javafx.beans.property.ObjectProperty<ServerBehavior> behavior =
            new javafx.beans.property.SimpleObjectProperty<>(ServerBehavior.ECHO);
    private final ReadOnlyObjectWrapper<Problem> hostProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> portProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> readSizeProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper allInterfaces = new ReadOnlyBooleanWrapper();

    private final ReadOnlyObjectWrapper<ServerStatus> status = new ReadOnlyObjectWrapper<>(ServerStatus.NONE);
    private final ReadOnlyStringWrapper endpointId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper listeningHost = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper listeningPort = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper listeningOnAll = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> failure = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canStart = Bindings.createBooleanBinding(() -> status.get().isIdle(), status);
    private final BooleanBinding canStop = Bindings.createBooleanBinding(() -> status.get() == ServerStatus.LISTENING, status);

    private final LabFiles files;
    /** Rules the next server answers by, loaded from a file ({@link RuleSet#NONE}: its behaviour answers). */
    private final ObjectProperty<RuleSet> rules = new SimpleObjectProperty<>(RuleSet.NONE);
    private final ReadOnlyStringWrapper rulesFile = new ReadOnlyStringWrapper();
    /** The rules edited in the form (a file loaded lands here too); what it holds is what the next server answers by. */
    private final RulesEditorModel rulesEditor;
    /** A file is being taken into the editor: the label names the file, not "edited". */
    private boolean loadingRules;

    private final UdpServerOptions udp = new UdpServerOptions();

    /** The id of the server this card started last; null before the first. */
    private String current;

    public ServerCardModel(LabCommands commands, LabFiles files, Executor ui) {
        this.commands = commands;
        this.files = files;
        this.ui = ui;
        this.rulesEditor = new RulesEditorModel(files, ui);
        rulesEditor.ruleSetProperty().addListener((obs, old, now) -> {
            rules.set(now);
            if (!loadingRules) {
                rulesFile.set(null); // edited: no longer the file's rules (the card says them as edited)
            }
        });
        host.addListener((obs, old, now) -> checkHost());
        port.addListener((obs, old, now) -> checkPort());
        readSize.addListener((obs, old, now) -> checkReadSize());
        checkHost();
    }

    private Checked<String> checkHost() {
        Checked<String> h = Inputs.required(host.get()).then(Limits::host);
        hostProblem.set(h.problem());
        allInterfaces.set(h.isOk() && Hosts.isAllInterfaces(h.value()));
        return h;
    }

    private Checked<Integer> checkPort() {
        Checked<Integer> p = Inputs.integer(port.get()).then(Ports::check);
        portProblem.set(p.problem());
        return p;
    }

    private Checked<Integer> checkReadSize() {
        Checked<Integer> n = Inputs.integer(readSize.get()).then(Limits::readSize);
        readSizeProblem.set(n.problem());
        return n;
    }

    /**
     * Reads a rules file through the file port: the next server answers by its rules. A wrong file
     * is the form's failure (its line and field), and the rules stay as they were.
     */
    public void loadRules(Path file) {
        Completions.onDone(files.readRules(file), ui, (loaded, error) -> {
            if (error != null) {
                failure.set(Problem.from(error));
                return;
            }
            failure.set(null);
            loadingRules = true;
            try {
                rulesEditor.load(loaded);
            } finally {
                loadingRules = false;
            }
            rules.set(loaded);
            rulesFile.set(file.getFileName() + ": " + loaded.rules().size() + " rule(s), " + loaded.framing().id());
        });
    }

    /** The next server answers by its behaviour again. */
    public void clearRules() {
        rulesEditor.clear();
        rules.set(RuleSet.NONE);
        rulesFile.set(null);
    }

    /** The rules editor of this form. */
    public RulesEditorModel rulesEditor() {
        return rulesEditor;
    }

    public ObjectProperty<RuleSet> rulesProperty() {
        return rules;
    }

    /** The rules file loaded, in words; null when none. */
    public ReadOnlyStringProperty rulesFileProperty() {
        return rulesFile.getReadOnlyProperty();
    }

    /** Starts a server from the form; false (with the problems shown) when the form is not valid. */
    public boolean start() {
        if (!status.get().isIdle()) {
            return false;
        }
        Checked<String> h = checkHost();
        Checked<Integer> p = checkPort();
        Checked<Integer> n = checkReadSize();
        if (!h.isOk() || !p.isOk() || !n.isOk() || rulesEditor.framingProblemProperty().get() != null) {
            return false;
        }
        ServerSpec.Builder builder = ServerSpec.builder().host(h.value()).port(p.value()).readSize(n.value()).behavior(behavior.get())
                .rules(rules.get());
        if (!udp.applyTo(builder, h.value()).isOk()) {
            return false;
        }
        ServerSpec spec;
        try {
            spec = builder.build();
        } catch (IllegalArgumentException e) {
            failure.set(Problem.from(e));
            return false;
        }
        failure.set(null);
        status.set(ServerStatus.STARTING);
        current = null;
        endpointId.set(null);
        listeningPort.set(-1);
        listeningHost.set(null);
        listeningOnAll.set(spec.allInterfaces());
        // a closed lab refuses new work: said as the start's failure
        Completions.onDone(commands.startServer(spec), ui, this::started);
        return true;
    }

    private void started(Started server, Throwable error) {
        if (error != null) {
            failed(error);
            return;
        }
        String id = server.endpointId();
        current = id;
        endpointId.set(id);
        HostPort listening = (HostPort) server.address();
        listeningHost.set(listening.host());
        listeningPort.set(listening.port());
        sync();
        // events may be elided under a flood; the endpoint's own end always reaches the card
        Completions.onDone(server.finished(), ui, (last, e) -> {
            if (id.equals(current) && last != null) {
                setState(last);
            }
        });
    }

    private void failed(Throwable error) {
        status.set(ServerStatus.FAILED);
        failure.set(Problem.raw(ErrorInfo.of(error).toString()));
    }

    /** The server itself says what it is now, so a late event cannot take the card back. */
    private void sync() {
        if (current != null) {
            commands.endpoint(current).map(EndpointInfo::state).ifPresent(this::setState);
        }
    }

    private void setState(EndpointState state) {
        ServerStatus next = ServerStatus.of(state);
        status.set(next);
        if (next != ServerStatus.LISTENING) {
            listeningPort.set(-1);
        }
    }

    /** Stops the running server; its connections are closed, then aborted after a grace period. */
    public void stop() {
        if (current != null && canStop.get()) {
            Completions.onDone(commands.stop(current), ui, (v, e) -> sync());
        }
    }

    /** Follows the running server's state through the event stream. */
    public void accept(LabEvent e) {
        if (current == null || !current.equals(e.origin().endpoint())) {
            return;
        }
        // the event says the state changed; the endpoint itself says what it is now, so a late
        // event (the "starting" one, after the start already completed) cannot take the card back
        if (EndpointStates.of(e) != null) {
            sync();
        }
    }

    /** UDP, and the multicast group a UDP server joins. */
    public UdpServerOptions udp() {
        return udp;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty readSizeProperty() {
        return readSize;
    }

    /** What the server does with each connection; every behaviour the engine has is offered. */
    public javafx.beans.property.ObjectProperty<ServerBehavior> behaviorProperty() {
        return behavior;
    }

    public ReadOnlyObjectProperty<Problem> hostProblemProperty() {
        return hostProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> readSizeProblemProperty() {
        return readSizeProblem.getReadOnlyProperty();
    }

    /** The host typed listens on every interface: other machines can connect. */
    public ReadOnlyBooleanProperty allInterfacesProperty() {
        return allInterfaces.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endpointIdProperty() {
        return endpointId.getReadOnlyProperty();
    }

    /** The host the running server listens on. */
    public ReadOnlyStringProperty listeningHostProperty() {
        return listeningHost.getReadOnlyProperty();
    }

    /** The port the running server really listens on (the free one, when 0 was asked); -1 when none. */
    public ReadOnlyIntegerProperty listeningPortProperty() {
        return listeningPort.getReadOnlyProperty();
    }

    /** The server started (or starting) listens on every interface. */
    public ReadOnlyBooleanProperty listeningOnAllProperty() {
        return listeningOnAll.getReadOnlyProperty();
    }

    /** Why the last start failed; null when it did not. */
    public ReadOnlyObjectProperty<Problem> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }
}
