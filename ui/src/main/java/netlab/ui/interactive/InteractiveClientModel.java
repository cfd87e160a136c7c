package netlab.ui.interactive;

import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.InteractiveClientSpec;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerSpec;
import netlab.engine.event.ErrorInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.Started;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.ui.events.Completions;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The form of a telnet-style client: where to connect and the read size. Connecting opens its
 * pane, where a person types. Its port follows the bench's server until another is typed.
 */
public final class InteractiveClientModel {
    private final LabCommands commands;
    private final Executor ui;
    private final StringProperty host = new SimpleStringProperty(ServerSpec.DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_PORT));
    private final StringProperty readSize = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_READ_SIZE));
    private final BooleanProperty followServer = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Problem> hostProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> portProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> readSizeProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastClient = new ReadOnlyStringWrapper();
    private int serverPort = -1;
    private boolean followingNow;

    public InteractiveClientModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
        host.addListener(o -> checkHost());
        port.addListener(o -> {
            if (!followingNow) {
                followServer.set(false);
            }
            checkPort();
        });
        readSize.addListener(o -> checkReadSize());
        followServer.addListener((obs, old, now) -> follow());
    }

    public void serverListening(int port) {
        serverPort = port;
        follow();
    }

    private void follow() {
        if (followServer.get() && serverPort > 0) {
            followingNow = true;
            try {
                port.set(String.valueOf(serverPort));
            } finally {
                followingNow = false;
            }
        }
    }

    private Checked<String> checkHost() {
        Checked<String> h = Inputs.required(host.get()).then(Limits::host);
        hostProblem.set(h.problem());
        return h;
    }

    private Checked<Integer> checkPort() {
        Checked<Integer> p = Inputs.integer(port.get()).then(Ports::checkConnect);
        portProblem.set(p.problem());
        return p;
    }

    private Checked<Integer> checkReadSize() {
        Checked<Integer> n = Inputs.integer(readSize.get()).then(Limits::readSize);
        readSizeProblem.set(n.problem());
        return n;
    }

    /** Connects a new interactive client; false (problems shown) when the form is not valid. */
    public boolean connect() {
        Checked<String> h = checkHost();
        Checked<Integer> p = checkPort();
        Checked<Integer> n = checkReadSize();
        if (!h.isOk() || !p.isOk() || !n.isOk()) {
            return false;
        }
        problem.set(null);
        InteractiveClientSpec spec;
        try {
            spec = new InteractiveClientSpec(new HostPort(h.value(), p.value()), n.value());
        } catch (IllegalArgumentException e) {
            problem.set(Problem.from(e));
            return false;
        }
        Completions.onDone(commands.startInteractiveClient(spec), ui, this::started);
        return true;
    }

    private void started(Started client, Throwable error) {
        if (error != null) {
            problem.set(Problem.raw(ErrorInfo.of(error).toString()));
        } else {
            lastClient.set(client.endpointId());
        }
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

    public BooleanProperty followServerProperty() {
        return followServer;
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

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The id of the last client connected from this form. */
    public ReadOnlyStringProperty lastClientProperty() {
        return lastClient.getReadOnlyProperty();
    }
}
