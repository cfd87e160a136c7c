package netlab.ui.server;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.transport.MulticastOptions;
import netlab.engine.transport.ReuseOptions;
import netlab.ui.form.Checked;
import netlab.ui.i18n.Problem;

/**
 * The server form's UDP part, as {@code ./netlab serve --udp [--join GROUP [--interface NAME]]
 * [--reuse-address] [--reuse-port]}: datagrams instead of connections, a multicast group to join on
 * an interface, and SO_REUSEADDR / SO_REUSEPORT. The group and
 * the interface are checked as they are typed, by the engine's own checks.
 */
public final class UdpServerOptions {
    private final BooleanProperty udp = new SimpleBooleanProperty(false);
    private final StringProperty join = new SimpleStringProperty("");
    private final StringProperty networkInterface = new SimpleStringProperty(MulticastOptions.DEFAULT_INTERFACE);
    private final ReadOnlyObjectWrapper<Problem> joinProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> interfaceProblem = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty reuseAddress = new SimpleBooleanProperty(false);
    private final BooleanProperty reusePort = new SimpleBooleanProperty(false);
    /** Whether this system has SO_REUSEPORT; without it the box stays off and says why. */
    private final boolean reusePortSupported;

    public UdpServerOptions() {
        this(ReuseOptions.portSupported());
    }

    /** {@code reusePortSupported}: whether the system has SO_REUSEPORT (a test may say it has not). */
    UdpServerOptions(boolean reusePortSupported) {
        this.reusePortSupported = reusePortSupported;
        udp.addListener(o -> check());
        join.addListener(o -> check());
        networkInterface.addListener(o -> check());
    }

    /** The multicast settings the fields say (a group joined only by a UDP server); bad when a field is wrong. */
    Checked<MulticastOptions> check() {
        String group = join.get() == null ? "" : join.get().strip();
        if (!udp.get() || group.isEmpty()) {
            joinProblem.set(null);
            interfaceProblem.set(null);
            return Checked.ok(MulticastOptions.DEFAULTS);
        }
        Checked<MulticastOptions> joined = Checked.ok(group).then(g -> MulticastOptions.DEFAULTS.joining(g));
        joinProblem.set(joined.problem());
        String name = networkInterface.get() == null ? "" : networkInterface.get().strip();
        Checked<MulticastOptions> on = Checked.ok(name).then(n -> {
            MulticastOptions o = new MulticastOptions(Optional.empty(), n, MulticastOptions.DEFAULT_TTL, true);
            o.networkInterface();
            return o;
        });
        interfaceProblem.set(on.problem());
        if (!joined.isOk()) {
            return joined;
        }
        return on.isOk() ? Checked.ok(joined.value().onInterface(name)) : on;
    }

    /**
     * Sets the builder's transport and group. A server that joins a group listens on the group's
     * address: the default host (127.0.0.1) gives way to it, as on the command line.
     */
    Checked<ServerSpec.Builder> applyTo(ServerSpec.Builder b, String host) {
        Checked<MulticastOptions> m = check();
        if (!m.isOk()) {
            return Checked.bad(m.problem());
        }
        b.transport(udp.get() ? TransportKind.UDP : TransportKind.TCP).multicast(m.value());
        // a TCP server has SO_REUSEADDR already: the boxes are a UDP server's, as --reuse-address / --reuse-port
        b.reuse(udp.get() ? new ReuseOptions(reuseAddress.get(), reusePort.get() && reusePortSupported) : ReuseOptions.NONE);
        if (m.value().join().isPresent() && ServerSpec.DEFAULT_HOST.equals(host)) {
            b.host(join.get().strip()); // as typed (the window touches no java.net): the engine compares it with the group
        }
        return Checked.ok(b);
    }

    /** Datagrams instead of connections. */
    public BooleanProperty udpProperty() {
        return udp;
    }

    /** The multicast group to join; empty: none. */
    public StringProperty joinProperty() {
        return join;
    }

    /** The interface to join on ({@code lo}: this host only). */
    public StringProperty interfaceProperty() {
        return networkInterface;
    }

    /** SO_REUSEADDR on the UDP server's socket (--reuse-address). */
    public BooleanProperty reuseAddressProperty() {
        return reuseAddress;
    }

    /** SO_REUSEPORT on the UDP server's socket (--reuse-port): several servers on one port. */
    public BooleanProperty reusePortProperty() {
        return reusePort;
    }

    /** Whether this system has SO_REUSEPORT at all. */
    public boolean reusePortSupported() {
        return reusePortSupported;
    }

    public ReadOnlyObjectProperty<Problem> joinProblemProperty() {
        return joinProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> interfaceProblemProperty() {
        return interfaceProblem.getReadOnlyProperty();
    }
}
