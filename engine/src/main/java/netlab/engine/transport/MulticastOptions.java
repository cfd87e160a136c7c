package netlab.engine.transport;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A UDP socket's multicast settings: the group a server joins (none: it joins nothing), the
 * interface it joins on and sends from, the TTL / hop limit of what it sends to a group, and
 * whether its own host hears what it sends (IP_MULTICAST_LOOP). Checked when made: a group that
 * is not a multicast address, or an interface this machine does not have, is said before anything
 * is started.
 *
 * @param join          the group to join (224.0.0.0/4 or ff00::/8); empty: none
 * @param interfaceName where to join and send from ({@code lo} by default: the traffic stays on this host)
 * @param ttl           IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS, 0..255 (1 by default: this link only)
 * @param loop          IP_MULTICAST_LOOP (on by default: two endpoints on one host hear each other)
 */
public record MulticastOptions(Optional<InetAddress> join, String interfaceName, int ttl, boolean loop) {
    public static final String DEFAULT_INTERFACE = "lo";
    public static final int DEFAULT_TTL = 1;
    /** No group joined; what is sent to a group goes out on {@code lo} with TTL 1 and loopback on. */
    public static final MulticastOptions DEFAULTS = new MulticastOptions(Optional.empty(), DEFAULT_INTERFACE, DEFAULT_TTL, true);

    public MulticastOptions {
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(interfaceName, "interfaceName");
        join.ifPresent(MulticastOptions::checkGroup);
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("the multicast TTL must be 0..255, was " + ttl);
        }
    }

    /** These settings, joining {@code group} (a host name or address that must be a multicast group). */
    public MulticastOptions joining(String group) {
        return new MulticastOptions(Optional.of(group(group)), interfaceName, ttl, loop);
    }

    public MulticastOptions onInterface(String name) {
        return new MulticastOptions(join, name, ttl, loop);
    }

    public MulticastOptions withTtl(int ttl) {
        return new MulticastOptions(join, interfaceName, ttl, loop);
    }

    public MulticastOptions withLoop(boolean loop) {
        return new MulticastOptions(join, interfaceName, ttl, loop);
    }

    /** {@code text} as a multicast group address; IllegalArgumentException when it is not one. */
    public static InetAddress group(String text) {
        InetAddress address;
        try {
            address = InetAddress.getByName(Objects.requireNonNull(text, "group"));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not a multicast group: no such address");
        }
        return checkGroup(address);
    }

    private static InetAddress checkGroup(InetAddress address) {
        if (!address.isMulticastAddress()) {
            throw new IllegalArgumentException("'" + address.getHostAddress()
                    + "' is not a multicast group (IPv4 224.0.0.0 to 239.255.255.255, IPv6 ff00::/8)");
        }
        return address;
    }

    /** True when {@code host} names a multicast group (a literal address; names are not looked up). */
    public static boolean isGroup(String host) {
        try {
            return (host.indexOf(':') >= 0 || Character.isDigit(host.isEmpty() ? 'x' : host.charAt(0)))
                    && InetAddress.getByName(host).isMulticastAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The interface named {@link #interfaceName}; IllegalArgumentException (naming those there are) when there is none. */
    public NetworkInterface networkInterface() {
        try {
            NetworkInterface found = NetworkInterface.getByName(interfaceName);
            if (found == null) {
                String known = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                        .map(NetworkInterface::getName).sorted().collect(Collectors.joining(", "));
                throw new IllegalArgumentException("no network interface named '" + interfaceName + "' (this machine has: " + known + ")");
            }
            if (!found.isUp()) {
                throw new IllegalArgumentException("the network interface '" + interfaceName + "' is down");
            }
            return found;
        } catch (SocketException e) {
            throw new IllegalArgumentException("cannot list the network interfaces: " + e.getMessage());
        }
    }
}
