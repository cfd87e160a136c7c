package netlab.ui.client;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.transport.MulticastOptions;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The client form's UDP and addressing part, as {@code ./netlab connect --udp [--broadcast]
 * [--multicast-ttl N] [--[no-]multicast-loop] [--interface NAME] [--source HOST[:PORT]]}: the
 * parts sent as datagrams, SO_BROADCAST, how datagrams to a group go out (used when the host is a
 * group), and the address to send or connect from (any transport).
 */
public final class UdpClientOptions {
    private final BooleanProperty udp = new SimpleBooleanProperty(false);
    private final BooleanProperty broadcast = new SimpleBooleanProperty(false);
    private final StringProperty ttl = new SimpleStringProperty(String.valueOf(MulticastOptions.DEFAULT_TTL));
    private final BooleanProperty loop = new SimpleBooleanProperty(true);
    private final StringProperty networkInterface = new SimpleStringProperty(MulticastOptions.DEFAULT_INTERFACE);
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Problem> ttlProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> interfaceProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> sourceProblem = new ReadOnlyObjectWrapper<>();

    public UdpClientOptions() {
        ttl.addListener(o -> checkMulticast());
        networkInterface.addListener(o -> checkMulticast());
        udp.addListener(o -> checkMulticast());
        source.addListener(o -> checkSource());
    }

    private Checked<MulticastOptions> checkMulticast() {
        if (!udp.get()) {
            ttlProblem.set(null);
            interfaceProblem.set(null);
            return Checked.ok(MulticastOptions.DEFAULTS);
        }
        Checked<Integer> n = Inputs.integer(ttl.get()).then(t -> MulticastOptions.DEFAULTS.withTtl(t).ttl());
        ttlProblem.set(n.problem());
        String name = networkInterface.get() == null ? "" : networkInterface.get().strip();
        Checked<MulticastOptions> on = Checked.ok(name).then(i -> {
            MulticastOptions o = MulticastOptions.DEFAULTS.onInterface(i);
            o.networkInterface();
            return o;
        });
        interfaceProblem.set(on.problem());
        if (!n.isOk()) {
            return Checked.bad(n.problem());
        }
        return on.isOk() ? Checked.ok(on.value().withTtl(n.value()).withLoop(loop.get())) : on;
    }

    private Checked<Optional<HostPort>> checkSource() {
        String text = source.get() == null ? "" : source.get().strip();
        Checked<Optional<HostPort>> s = text.isEmpty() ? Checked.ok(Optional.empty())
                : Checked.ok(text).then(t -> Optional.of(parseSource(t)));
        sourceProblem.set(s.problem());
        return s;
    }

    /** {@code HOST}, {@code HOST:PORT}, {@code [V6]:PORT} or a bare IPv6 address (port 0: any), as {@code --source} reads it. */
    static HostPort parseSource(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "' lacks the closing ]");
            }
            String rest = text.substring(close + 1);
            return new HostPort(text.substring(1, close), rest.isEmpty() ? 0 : port(rest.substring(1)));
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            return new HostPort(text, 0);
        }
        return new HostPort(text.substring(0, colon), port(text.substring(colon + 1)));
    }

    private static int port(String text) {
        try {
            return Ports.check(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port number");
        }
    }

    /** Sets the builder's transport, broadcast, multicast settings (when the host is a group) and source; bad when a field is wrong. */
    Checked<ClientSpec.Builder> applyTo(ClientSpec.Builder b, String host) {
        Checked<MulticastOptions> m = checkMulticast();
        Checked<Optional<HostPort>> s = checkSource();
        if (!m.isOk() || !s.isOk()) {
            return Checked.bad(m.isOk() ? s.problem() : m.problem());
        }
        boolean toGroup = udp.get() && MulticastOptions.isGroup(host);
        b.transport(udp.get() ? TransportKind.UDP : TransportKind.TCP)
                .broadcast(udp.get() && broadcast.get())
                .multicast(toGroup ? m.value() : MulticastOptions.DEFAULTS)
                .source(s.value());
        return Checked.ok(b);
    }

    /** The parts sent as datagrams. */
    public BooleanProperty udpProperty() {
        return udp;
    }

    /** SO_BROADCAST: a UDP client may send to a broadcast address. */
    public BooleanProperty broadcastProperty() {
        return broadcast;
    }

    /** TTL / hop limit of datagrams sent to a group. */
    public StringProperty ttlProperty() {
        return ttl;
    }

    /** Whether this host hears what it sends to a group. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    public StringProperty interfaceProperty() {
        return networkInterface;
    }

    /** The address to send or connect from, {@code HOST[:PORT]}; empty: the system's choice. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Problem> ttlProblemProperty() {
        return ttlProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> interfaceProblemProperty() {
        return interfaceProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }
}
