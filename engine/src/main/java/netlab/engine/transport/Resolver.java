package netlab.engine.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.netty.util.NetUtil;
import netlab.engine.errors.GaiError;
import netlab.engine.errors.Errno;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.HostPort;

/**
 * {@code getaddrinfo}: IP literals are parsed on the spot; names are looked up on a helper thread,
 * as asyncio does, so a slow or failing DNS never stalls the loop.
 */
public final class Resolver {
    private Resolver() {
    }

    /** The IP addresses {@code address}'s host stands for, each with its port. */
    public static LoopFuture<List<InetSocketAddress>> resolve(EventLoop loop, HostPort address) {
        String h = address.host();
        int port = address.port();
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(h);
        if (literal != null) {
            LoopFuture<List<InetSocketAddress>> f = loop.createFuture();
            try {
                InetAddress ip = h.indexOf('%') >= 0 ? InetAddress.getByName(h) : InetAddress.getByAddress(literal);
                f.setResult(List.of(new InetSocketAddress(ip, port)));
            } catch (Exception e) {
                f.setException(new GaiError(Errno.EAI_NONAME, "bad address " + h + ": " + e.getMessage(), e));
            }
            return f;
        }
        if (h.isEmpty()) {
            LoopFuture<List<InetSocketAddress>> f = loop.createFuture();
            f.setException(new GaiError(Errno.EAI_NONAME, "empty host name", null));
            return f;
        }
        return loop.runInExecutor(() -> {
            InetAddress[] all;
            try {
                all = InetAddress.getAllByName(h);
            } catch (java.net.UnknownHostException e) {
                throw new GaiError(Errno.EAI_NONAME, "Name or service not known: '" + h + "'", e);
            }
            List<InetSocketAddress> out = new ArrayList<>(all.length);
            for (InetAddress a : all) {
                out.add(new InetSocketAddress(a, port));
            }
            return List.copyOf(out);
        });
    }
}
