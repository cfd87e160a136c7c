package netlab.engine.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import netlab.engine.errors.Refusal;

/**
 * A host and a port: where a TCP, TLS or UDP socket listens or connects. The host is an IP
 * literal in its shortest form ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}) or a name; brackets
 * around an IPv6 literal are dropped. Port 0 asks for any free port when listening.
 */
public record HostPort(String host, int port) implements Address {
    public HostPort {
        host = Hosts.unbracket(Objects.requireNonNull(host, "host"));
        if (port < 0 || port > 65535) {
            // where a person types a port, the spec says first what it may be there (Ports)
            throw Refusal.HOST_PORT.refuse(port);
        }
    }

    /** {@code port} on this machine's IPv4 loopback, {@code 127.0.0.1}. */
    public static HostPort loopback(int port) {
        return new HostPort(Hosts.LOOPBACK_V4, port);
    }

    /** The host and port of an IP socket address, in Python's shortest text. */
    public static HostPort of(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        return new HostPort(ip == null ? address.getHostString() : Hosts.format(ip), address.getPort());
    }

    public HostPort withPort(int port) {
        return new HostPort(host, port);
    }

    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /** Whether listening here listens beyond this machine (a wildcard host). */
    public boolean isAllInterfaces() {
        return Hosts.isAllInterfaces(host);
    }

    /** Python's tuple: {@code ('127.0.0.1', 10000)}; an IPv6 address has Python's four fields. */
    @Override
    public String pyRepr() {
        return isIpv6() ? "('" + host + "', " + port + ", 0, 0)" : "('" + host + "', " + port + ")";
    }

    /** {@code host:port}, bracketing IPv6 hosts: {@code [::1]:10000}. */
    @Override
    public String toString() {
        return (isIpv6() ? "[" + host + "]" : host) + ":" + port;
    }
}
