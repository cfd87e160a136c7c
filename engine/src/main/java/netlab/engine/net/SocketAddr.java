package netlab.engine.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * A socket address as Python shows it: host in its shortest textual form ({@code ::1}, not
 * {@code 0:0:0:0:0:0:0:1}) and the port, printed as the tuple {@code ('127.0.0.1', 10000)}.
 * A Unix domain socket address is its path (empty for an unnamed client socket) with port
 * {@value #UNIX_PORT}, printed as Python prints it: {@code '/tmp/echo.sock'}.
 */
public record SocketAddr(String host, int port) {
    /** The port of a Unix domain socket address, which has none. */
    public static final int UNIX_PORT = -1;

    public static SocketAddr unix(String path) {
        return new SocketAddr(path == null ? "" : path, UNIX_PORT);
    }

    public static SocketAddr of(SocketAddress address) {
        if (address == null) {
            return unix("");
        }
        if (address instanceof java.net.UnixDomainSocketAddress unix) {
            return unix(unix.getPath().toString());
        }
        if (address instanceof io.netty.channel.unix.DomainSocketAddress unix) {
            return unix(unix.path());
        }
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            String host = ip == null ? inet.getHostString() : Hosts.format(ip);
            return new SocketAddr(host, inet.getPort());
        }
        return new SocketAddr(String.valueOf(address), 0);
    }

    public boolean isIpv6() {
        return !isUnix() && host.indexOf(':') >= 0;
    }

    public boolean isUnix() {
        return port == UNIX_PORT;
    }

    /** Python's tuple form: {@code ('127.0.0.1', 10000)}; an IPv6 address has Python's four fields. */
    public String toPyTuple() {
        if (isUnix()) {
            return "'" + host + "'";
        }
        return isIpv6() ? "('" + host + "', " + port + ", 0, 0)" : "('" + host + "', " + port + ")";
    }

    /** {@code host:port}, bracketing IPv6 hosts. */
    @Override
    public String toString() {
        if (isUnix()) {
            return host.isEmpty() ? "unix:(unnamed)" : "unix:" + host;
        }
        return (isIpv6() ? "[" + host + "]" : host) + ":" + port;
    }

    public static boolean isIpv6(InetAddress address) {
        return address instanceof Inet6Address;
    }
}
