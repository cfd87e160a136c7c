package netlab.engine.loop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.channel.Channel;
import netlab.engine.event.Origin;

/**
 * What the loop waits on for I/O, for the scheduler view. Netty does the waiting; each transport
 * registers here what it opened (a listening socket, a connection, a pipe) and is forgotten once
 * closed. Loop thread only.
 */
public final class IoWatches {
    /** Describes one I/O source at the moment of a snapshot. */
    @FunctionalInterface
    public interface Source {
        LoopSnapshot.Io describe();
    }

    private final EventLoop loop;
    private final Map<Object, Source> sources = new LinkedHashMap<>();

    IoWatches(EventLoop loop) {
        this.loop = loop;
    }

    public void add(Object key, Source source) {
        loop.checkThread("io watch");
        sources.put(key, source);
    }

    public void remove(Object key) {
        loop.checkThread("io watch");
        sources.remove(key);
    }

    /**
     * Watches a Netty channel until it closes: {@code kind} is {@code listening} or
     * {@code connection}. A channel on another Netty loop (an embedded one in a test) is not this
     * loop's to wait on and is left out.
     */
    public void watchChannel(Channel channel, String kind, Origin origin) {
        if (channel.eventLoop() != loop.netty()) {
            return;
        }
        add(channel, () -> new LoopSnapshot.Io(kind, addresses(channel), state(channel, kind),
                origin == null ? null : origin.label()));
        channel.closeFuture().addListener(f -> remove(channel));
    }

    private static String addresses(Channel ch) {
        if (ch.remoteAddress() == null) {
            return address(ch.localAddress());
        }
        return address(ch.localAddress()) + " ⇄ " + address(ch.remoteAddress());
    }

    private static String address(java.net.SocketAddress a) {
        return a instanceof java.net.InetSocketAddress ? netlab.engine.net.Address.of(a).toString() : String.valueOf(a);
    }

    private static String state(Channel ch, String kind) {
        if (!ch.isOpen()) {
            return "closed";
        }
        if (kind.equals("listening")) {
            return "accept";
        }
        StringBuilder s = new StringBuilder(ch.config().isAutoRead() ? "read" : "read paused");
        long pending = ch.unsafe().outboundBuffer() == null ? 0 : ch.unsafe().outboundBuffer().totalPendingWriteBytes();
        if (pending > 0) {
            s.append(", write ").append(pending).append(" bytes");
        }
        return s.toString();
    }

    List<LoopSnapshot.Io> describeAll() {
        List<LoopSnapshot.Io> out = new ArrayList<>(sources.size());
        for (Source s : sources.values()) {
            try {
                out.add(s.describe());
            } catch (RuntimeException e) {
                out.add(new LoopSnapshot.Io("?", String.valueOf(s), "cannot describe: " + e, null));
            }
        }
        return out;
    }

    public int size() {
        return sources.size();
    }
}
