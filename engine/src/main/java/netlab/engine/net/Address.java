package netlab.engine.net;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

import io.netty.channel.unix.DomainSocketAddress;

/**
 * Where a socket is: a host and port (TCP, TLS and UDP alike) or the path of a Unix domain
 * socket. Every spec and option that says where to listen or connect holds one, and so does every
 * transport for its two ends ({@code sockname}, {@code peername}).
 */
public sealed interface Address permits HostPort, UnixPath {

    /**
     * The address as Python prints it, which the log lines mirror: {@code ('127.0.0.1', 10000)},
     * {@code ('::1', 10000, 0, 0)} for IPv6, {@code '/tmp/echo.sock'} for a Unix socket.
     */
    String pyRepr();

    /** The address of a socket as Netty or the JDK gives it; an unnamed Unix socket (null) is {@link UnixPath#UNNAMED}. */
    static Address of(SocketAddress address) {
        if (address == null) {
            return UnixPath.UNNAMED;
        }
        if (address instanceof UnixDomainSocketAddress unix) {
            return new UnixPath(unix.getPath().toString());
        }
        if (address instanceof DomainSocketAddress unix) {
            return new UnixPath(unix.path());
        }
        if (address instanceof InetSocketAddress inet) {
            return HostPort.of(inet);
        }
        return new HostPort(String.valueOf(address), 0);
    }
}
