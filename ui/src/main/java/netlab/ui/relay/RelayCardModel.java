package netlab.ui.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.net.Ports;
import netlab.engine.net.HostPort;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.relay.SplitMode;
import netlab.ui.events.Completions;
import netlab.ui.events.EndpointStates;
import netlab.ui.i18n.Problem;

/**
 * The relay form: where it listens, where it forwards to (the latest server, until a port is
 * typed), how it cuts and paces, and the relay it started. Every field is read with the engine's
 * own checks, so the form never starts what the engine would refuse.
 */
public final class RelayCardModel {
    /** Splits offered in the form's list; any other can be typed. */
    public static final List<String> SPLITS = List.of("fixed:5", "random:1-8", "byte", "coalesce:50", "none");

    private final LabCommands commands;
    private final Executor ui;
    private final StringProperty host = new SimpleStringProperty(ServerSpec.DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty("10001");
    private final StringProperty targetHost = new SimpleStringProperty(ServerSpec.DEFAULT_HOST);
    private final StringProperty targetPort = new SimpleStringProperty(String.valueOf(ServerSpec.DEFAULT_PORT));
    private final BooleanProperty followServer = new SimpleBooleanProperty(true);
    private final ObjectProperty<TransportKind> transport = new SimpleObjectProperty<>(TransportKind.TCP);
    private final StringProperty split = new SimpleStringProperty("fixed:5");
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty delay = new SimpleStringProperty("20");
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty drop = new SimpleStringProperty("0.2");
    private final StringProperty reorder = new SimpleStringProperty("0.2");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<RelayStatus> status = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    /** The id of the relay this form started last; null before the first. */
    private String current;
    private boolean settingPort;

    public RelayCardModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
        targetPort.addListener((obs, old, now) -> {
            if (!settingPort) {
                followServer.set(false);
            }
        });
    }

    /** The relay form forwards to the latest server that listens, until a port is typed. */
    public void accept(LabEvent e) {
        EndpointInfo s = e.origin().role() == Role.SERVER && !e.origin().isConnection()
                && EndpointStates.of(e) == EndpointState.RUNNING && followServer.get()
                ? commands.endpoint(e.origin().endpoint()).orElse(null) : null;
        if (s != null && s.spec() instanceof ServerSpec spec && s.address() instanceof HostPort listening
                && spec.transport() != TransportKind.TLS) {
            settingPort = true;
            targetPort.set(String.valueOf(listening.port()));
            settingPort = false;
            if (spec.transport() == TransportKind.UDP) {
                transport.set(TransportKind.UDP);
            } else if (transport.get() == TransportKind.UDP) {
                transport.set(TransportKind.TCP);
            }
        }
        if (current != null && current.equals(e.origin().endpoint()) && EndpointStates.of(e) != null) {
            sync();
        }
    }

    /** The spec the form describes, or the problem that stops it. */
    RelaySpec spec() {
        boolean udp = transport.get() == TransportKind.UDP;
        int listen = number(port.get(), "field.port");
        int to = number(targetPort.get(), "relay.field.targetPort");
        String s = seed.get() == null ? "" : seed.get().strip();
        RelaySpec.Builder relay = RelaySpec.builder().transport(transport.get()).host(host.get()).port(listen)
                .target(new HostPort(targetHost.get(), Ports.checkConnect(to))).split(udp ? SplitMode.NONE : SplitMode.parse(split.get()))
                .delay(Duration.ofMillis(optional(delay.get(), "relay.field.delay"))).rate(optional(rate.get(), "relay.field.rate"))
                .drop(udp ? chance(drop.get(), "drop") : 0).reorder(udp ? chance(reorder.get(), "reorder") : 0);
        if (!s.isEmpty()) {
            try {
                relay.seed(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seed: '" + s + "' is not a whole number (leave it empty to draw one)");
            }
        }
        return relay.build();
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port number");
        }
    }

    private static long optional(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a whole number");
        }
    }

    private static double chance(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + t + "' is not a number from 0 to 1");
        }
    }

    /** Starts a relay as the form says; false (with the problem shown) when it cannot. */
    public boolean start() {
        RelaySpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            problem.set(Problem.from(e));
            return false;
        }
        problem.set(null);
        running.set(true);
        status.set(null);
        Completions.onDone(commands.startRelay(spec), ui, (relay, error) -> {
            if (error != null) {
                running.set(false);
                problem.set(Problem.raw(ErrorInfo.of(error).toString()));
                return;
            }
            current = relay.endpointId();
            sync();
            Completions.onDone(relay.finished(), ui, (v, e) -> sync());
        });
        return true;
    }

    public void stop() {
        if (current != null) {
            Completions.onDone(commands.stop(current), ui, (v, e) -> sync());
        }
    }

    private void sync() {
        EndpointInfo relay = current == null ? null : commands.endpoint(current).orElse(null);
        if (relay == null) {
            return;
        }
        EndpointState state = relay.state();
        RelaySpec spec = (RelaySpec) relay.spec();
        running.set(!state.isOver());
        status.set(new RelayStatus(current, relay.address() == null ? null : String.valueOf(relay.address()), spec, relay.seed(), state));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty targetHostProperty() {
        return targetHost;
    }

    public StringProperty targetPortProperty() {
        return targetPort;
    }

    public BooleanProperty followServerProperty() {
        return followServer;
    }

    public ObjectProperty<TransportKind> transportProperty() {
        return transport;
    }

    public StringProperty splitProperty() {
        return split;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty delayProperty() {
        return delay;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty dropProperty() {
        return drop;
    }

    public StringProperty reorderProperty() {
        return reorder;
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the relay started here is doing (null before it starts); {@link RelayStatus#say} puts it in one line. */
    ReadOnlyObjectProperty<RelayStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A relay of this form is starting or running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The relay this form started last, as the lab knows it now; empty before the first. */
    public java.util.Optional<EndpointInfo> current() {
        return current == null ? java.util.Optional.empty() : commands.endpoint(current);
    }
}
