package netlab.engine.lab;

import netlab.engine.transport.Ports;

/**
 * A client a person types into, telnet-style: it connects to {@code host:port}, prints every read
 * of at most {@code readSize} bytes as it arrives, and writes what it is given, when it is given.
 */
public record InteractiveClientSpec(String host, int port, int readSize) {
    public InteractiveClientSpec {
        host = Limits.host(host);
        Ports.checkConnect(port);
        Limits.readSize(readSize);
    }

    public static InteractiveClientSpec of(String host, int port) {
        return new InteractiveClientSpec(host, port, ServerSpec.DEFAULT_READ_SIZE);
    }
}
