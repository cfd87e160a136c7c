package netlab.engine.lab;

import java.util.Objects;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;

/**
 * A client a person types into, telnet-style: it connects to {@code target}, prints every read
 * of at most {@code readSize} bytes as it arrives, and writes what it is given, when it is given.
 */
public record InteractiveClientSpec(HostPort target, int readSize) {
    public InteractiveClientSpec {
        Objects.requireNonNull(target, "target");
        Ports.checkConnect(target.port());
        target = new HostPort(Limits.host(target.host()), target.port());
        Limits.readSize(readSize);
    }

    /** A client of {@code target} reading {@value ServerSpec#DEFAULT_READ_SIZE} bytes at most at a time. */
    public static InteractiveClientSpec of(HostPort target) {
        return new InteractiveClientSpec(target, ServerSpec.DEFAULT_READ_SIZE);
    }
}
