package netlab.ui.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.Started;
import netlab.engine.net.Ports;
import netlab.ui.events.Completions;
import netlab.ui.events.EndpointStates;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The client card: seed 000's {@code echo_client} with the knobs a class varies — the parts, the
 * pause between them, half-close, the read size. Its port follows the running server's real port
 * until the person types another.
 */
public final class ClientCardModel {
    private final LabCommands commands;
    private final Executor ui;

    private final StringProperty host = new SimpleStringProperty(ServerSpec.DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_PORT));
    private final BooleanProperty followServer = new SimpleBooleanProperty(true);
    private final StringProperty pauseMillis = new SimpleStringProperty("0");
    private final BooleanProperty halfClose = new SimpleBooleanProperty(true);
    private final StringProperty readSize = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_READ_SIZE));
    private final PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);

    private final ReadOnlyObjectWrapper<Problem> hostProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> portProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> pauseProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> readSizeProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> sendProblem = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyStringWrapper lastClient = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<EndpointState> lastClientState = new ReadOnlyObjectWrapper<>();

    /** Messages sent from this card, the latest first. */
    private final javafx.collections.ObservableList<List<Bytes>> history = javafx.collections.FXCollections.observableArrayList();
    public static final int MAX_HISTORY = 30;

    private int serverPort = -1;
    private boolean followingNow;
    /** The id of the client sent last; null before the first. */
    private String last;

    public ClientCardModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
        host.addListener((obs, old, now) -> checkHost());
        port.addListener((obs, old, now) -> {
            if (!followingNow) {
                followServer.set(false);
            }
            checkPort();
        });
        followServer.addListener((obs, old, now) -> {
            if (now) {
                follow();
            }
        });
        pauseMillis.addListener((obs, old, now) -> checkPause());
        readSize.addListener((obs, old, now) -> checkReadSize());
    }

    /** The server on this bench listens on {@code port} now (-1: it stopped). */
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

    private Checked<Duration> checkPause() {
        Checked<Duration> d = Inputs.integer(pauseMillis.get()).then(ms -> {
            if (ms < 0 || ms > Limits.MAX_PAUSE_MILLIS) {
                throw new IllegalArgumentException("pause must be 0.." + Limits.MAX_PAUSE_MILLIS + " ms, was " + ms);
            }
            return Duration.ofMillis(ms);
        });
        pauseProblem.set(d.problem());
        return d;
    }

    private Checked<Integer> checkReadSize() {
        Checked<Integer> n = Inputs.integer(readSize.get()).then(Limits::readSize);
        readSizeProblem.set(n.problem());
        return n;
    }

    private final UdpClientOptions udp = new UdpClientOptions();

    /** UDP, broadcast, multicast and the source address of the next client. */
    public UdpClientOptions udp() {
        return udp;
    }

    /** Starts a client with the form's message; false (problems shown) when the form is not valid. */
    public boolean send() {
        Checked<String> h = checkHost();
        Checked<Integer> p = checkPort();
        Checked<Duration> pause = checkPause();
        Checked<Integer> n = checkReadSize();
        Checked<List<Bytes>> message = parts.bytes();
        sendProblem.set(message.problem());
        if (!h.isOk() || !p.isOk() || !pause.isOk() || !n.isOk() || !message.isOk()) {
            return false;
        }
        ClientSpec.Builder builder = ClientSpec.builder().host(h.value()).port(p.value()).parts(message.value()).pause(pause.value())
                .halfClose(halfClose.get()).readSize(n.value());
        Checked<ClientSpec.Builder> addressing = udp.applyTo(builder, h.value());
        if (!addressing.isOk()) {
            sendProblem.set(addressing.problem());
            return false;
        }
        ClientSpec spec;
        try {
            spec = builder.build();
        } catch (IllegalArgumentException e) {
            sendProblem.set(Problem.from(e));
            return false;
        }
        Completions.onDone(commands.startClient(spec), ui, this::started);
        remember(spec.parts());
        return true;
    }

    private void remember(List<Bytes> sent) {
        history.remove(sent);
        history.add(0, sent);
        if (history.size() > MAX_HISTORY) {
            history.remove(MAX_HISTORY, history.size());
        }
    }

    /** Puts a message sent before back into the composer. */
    public void restore(List<Bytes> message) {
        parts.setParts(message);
    }

    /** The messages sent, the latest first, each as its parts. */
    public javafx.collections.ObservableList<List<Bytes>> history() {
        return history;
    }

    private void started(Started client, Throwable error) {
        if (error != null) {
            sendProblem.set(Problem.raw(ErrorInfo.of(error).toString()));
            return;
        }
        String id = client.endpointId();
        last = id;
        commands.endpoint(id).map(EndpointInfo::state).ifPresent(lastClientState::set);
        lastClient.set(id);
        // events may be elided under a flood; the client's own end always reaches the card
        Completions.onDone(client.finished(), ui, (state, e) -> {
            if (id.equals(last) && state != null) {
                lastClientState.set(state);
            }
        });
    }

    /** Follows the last client's state through the event stream. */
    public void accept(LabEvent e) {
        if (last == null || !last.equals(e.origin().endpoint())) {
            return;
        }
        EndpointState state = EndpointStates.of(e);
        EndpointState now = lastClientState.get();
        if (state != null && !(now != null && now.isOver() && !state.isOver())) {
            lastClientState.set(state);
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    /** Whether the port follows the running server's; typing a port turns it off. */
    public BooleanProperty followServerProperty() {
        return followServer;
    }

    public StringProperty pauseMillisProperty() {
        return pauseMillis;
    }

    /** write_eof() after the last part: without it the echo server waits for more and never closes. */
    public BooleanProperty halfCloseProperty() {
        return halfClose;
    }

    public StringProperty readSizeProperty() {
        return readSize;
    }

    public PartsModel parts() {
        return parts;
    }

    public ReadOnlyObjectProperty<Problem> hostProblemProperty() {
        return hostProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> pauseProblemProperty() {
        return pauseProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> readSizeProblemProperty() {
        return readSizeProblem.getReadOnlyProperty();
    }

    /** Why the last Send did not start a client. */
    public ReadOnlyObjectProperty<Problem> sendProblemProperty() {
        return sendProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastClientProperty() {
        return lastClient.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EndpointState> lastClientStateProperty() {
        return lastClientState.getReadOnlyProperty();
    }
}
