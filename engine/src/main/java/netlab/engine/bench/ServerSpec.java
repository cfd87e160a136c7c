package netlab.engine.bench;

import netlab.engine.net.Hosts;
import netlab.engine.transport.Ports;

/**
 * A lab server, as a form, a preset or the command line describes it.
 *
 * @param host     where to listen; 127.0.0.1 by default; all interfaces only when chosen
 * @param port     0 picks a free port
 * @param readSize the most one {@code reader.read(n)} returns
 */
public record ServerSpec(String host, int port, int readSize, ServerBehavior behavior) {
    public static final String DEFAULT_HOST = Hosts.LOOPBACK_V4;
    public static final int DEFAULT_PORT = 10000;
    public static final int DEFAULT_READ_SIZE = 128;

    public ServerSpec {
        host = Limits.host(host);
        Ports.check(port);
        Limits.readSize(readSize);
        behavior = behavior == null ? ServerBehavior.ECHO : behavior;
    }

    public static ServerSpec defaults() {
        return new ServerSpec(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_READ_SIZE, ServerBehavior.ECHO);
    }

    public ServerSpec withPort(int port) {
        return new ServerSpec(host, port, readSize, behavior);
    }

    /** True when the server listens beyond this machine: shown to the person, never chosen silently. */
    public boolean allInterfaces() {
        return Hosts.isAllInterfaces(host);
    }
}
