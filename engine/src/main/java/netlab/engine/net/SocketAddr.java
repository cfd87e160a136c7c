package netlab.engine.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * A socket address as Python shows it: host in its shortest textual form ({@code ::1}, not
 * {@code 0:0:0:0:0:0:0:1}) and the port, printed as the tuple {@code ('127.0.0.1', 10000)}.
 */
public record SocketAddr(String host, int port) {

    public static SocketAddr of(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            String host = ip == null ? inet.getHostString() : Hosts.format(ip);
            return new SocketAddr(host, inet.getPort());
        }
        return new SocketAddr(String.valueOf(address), 0);
    }

    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /** Python's tuple form: {@code ('127.0.0.1', 10000)}; an IPv6 address has Python's four fields. */
    public String toPyTuple() {
        return isIpv6() ? "('" + host + "', " + port + ", 0, 0)" : "('" + host + "', " + port + ")";
    }

    /** {@code host:port}, bracketing IPv6 hosts. */
    @Override
    public String toString() {
        return (isIpv6() ? "[" + host + "]" : host) + ":" + port;
    }

    public static boolean isIpv6(InetAddress address) {
        return address instanceof Inet6Address;
    }
}
