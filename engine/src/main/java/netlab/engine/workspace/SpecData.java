package netlab.engine.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.files.Fields;
import netlab.engine.files.FileProblem;
import netlab.engine.files.Node;
import netlab.engine.lab.AddressBuilder;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.relay.SplitMode;
import netlab.engine.rules.RulesFile;
import netlab.engine.stream.ReadMode;
import netlab.engine.transport.MulticastOptions;
import netlab.engine.transport.ReuseOptions;

/** Servers, relays and clients as a workspace file writes them, and back (checked by their specs). */
final class SpecData {
    private static final Set<String> SERVER = Set.of("transport", "host", "port", "path", "behavior", "read_size", "max_connections", "rules",
            "join", "interface", "multicast_ttl", "multicast_loop", "reuse_address", "reuse_port");
    private static final Set<String> RELAY = Set.of("transport", "host", "port", "path", "to", "to_path", "split", "seed", "delay_ms",
            "rate", "hold_ms", "drop", "reorder");
    private static final Set<String> CLIENT = Set.of("transport", "host", "port", "path", "parts", "pause_ms", "half_close", "read_size",
            "read", "behavior", "broadcast", "source_host", "source_port", "interface", "multicast_ttl", "multicast_loop");

    private SpecData() {
    }

    static Map<String, Object> server(ServerSpec s) {
        Map<String, Object> m = address(s.transport(), s.address());
        m.put("behavior", s.behavior().id());
        m.put("read_size", s.readSize());
        m.put("max_connections", s.maxConnections());
        if (!s.rules().isEmpty()) {
            m.put("rules", RulesFile.toData(s.rules()));
        }
        s.multicast().join().ifPresent(group -> m.put("join", group.getHostAddress()));
        multicast(s.multicast(), m);
        if (s.reuse().address()) {
            m.put("reuse_address", true);
        }
        if (s.reuse().port()) {
            m.put("reuse_port", true);
        }
        return m;
    }

    static ServerSpec server(String file, Node node) {
        Fields f = new Fields(file, node).onlyKnown(SERVER);
        return checked(f, () -> {
            ServerSpec.Builder b = address(f, ServerSpec.builder());
            b.behavior(f.has("behavior") ? f.parsed("behavior", ServerBehavior::byId) : ServerBehavior.ECHO);
            b.readSize((int) f.integer("read_size", ServerSpec.DEFAULT_READ_SIZE, 1, Integer.MAX_VALUE));
            b.maxConnections((int) f.integer("max_connections", netlab.engine.lab.Limits.DEFAULT_MAX_CONNECTIONS, 0, Integer.MAX_VALUE));
            if (f.has("rules")) {
                b.rules(RulesFile.fromNode(file, f.node().fields().get("rules")));
            }
            MulticastOptions m = multicast(f);
            b.multicast(f.has("join") ? m.joining(f.string("join")) : m);
            boolean reusePort = f.bool("reuse_port", false);
            if (reusePort && !ReuseOptions.portSupported()) {
                throw f.problem("reuse_port", "SO_REUSEPORT is not supported on this system");
            }
            b.reuse(new ReuseOptions(f.bool("reuse_address", false), reusePort));
            return b.build();
        });
    }

    static Map<String, Object> relay(RelaySpec r) {
        Map<String, Object> m = address(r.transport(), r.listen());
        switch (r.target()) {
            case HostPort hp -> m.put("to", hp.host() + ":" + hp.port());
            case UnixPath p -> m.put("to_path", p.path());
        }
        m.put("split", r.split().toString());
        r.seed().ifPresent(seed -> m.put("seed", seed));
        m.put("delay_ms", r.delay().toMillis());
        m.put("rate", r.rate());
        m.put("hold_ms", r.hold().toMillis());
        if (r.transport() == TransportKind.UDP) {
            m.put("drop", r.drop());
            m.put("reorder", r.reorder());
        }
        return m;
    }

    static RelaySpec relay(String file, Node node) {
        Fields f = new Fields(file, node).onlyKnown(RELAY);
        return checked(f, () -> {
            RelaySpec.Builder b = address(f, RelaySpec.builder());
            Address to = f.has("to_path") ? UnixPath.of(java.nio.file.Path.of(f.string("to_path")))
                    : f.parsed("to", netlab.engine.script.ScriptFile::hostPort);
            b.target(to);
            if (f.has("split")) {
                b.split(f.parsed("split", SplitMode::parse));
            }
            if (f.has("seed")) {
                b.seed(f.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
            }
            b.delay(Duration.ofMillis(f.integer("delay_ms", 0, 0, RelaySpec.MAX_DELAY_MILLIS)));
            b.rate(f.integer("rate", 0, 0, RelaySpec.MAX_RATE));
            b.hold(Duration.ofMillis(f.integer("hold_ms", RelaySpec.DEFAULT_HOLD.toMillis(), 0, RelaySpec.MAX_HOLD_MILLIS)));
            b.drop(number(f, "drop"));
            b.reorder(number(f, "reorder"));
            return b.build();
        });
    }

    static Map<String, Object> client(ClientSpec c) {
        Map<String, Object> m = address(c.transport(), c.target());
        List<Object> parts = new ArrayList<>();
        for (Bytes part : c.parts()) {
            parts.add(Bytes.utf8(part.utf8()).equals(part) ? part.utf8() : Map.of("hex", part.hex()));
        }
        m.put("parts", parts);
        m.put("pause_ms", c.pause().toMillis());
        m.put("half_close", c.halfClose());
        m.put("read_size", c.readSize());
        m.put("read", c.read().toString());
        m.put("behavior", c.behavior().id());
        if (c.broadcast()) {
            m.put("broadcast", true);
        }
        c.source().ifPresent(source -> {
            m.put("source_host", source.host());
            m.put("source_port", source.port());
        });
        multicast(c.multicast(), m);
        return m;
    }

    static ClientSpec client(String file, Node node) {
        Fields f = new Fields(file, node).onlyKnown(CLIENT);
        return checked(f, () -> {
            ClientSpec.Builder b = address(f, ClientSpec.builder());
            if (f.has("parts")) {
                b.parts(f.list("parts", p -> p.value() instanceof String s ? Bytes.utf8(s) : hexPart(file, p)));
            }
            b.pause(Duration.ofMillis(f.integer("pause_ms", 0, 0, 3_600_000)));
            b.halfClose(f.bool("half_close", false));
            b.readSize((int) f.integer("read_size", ServerSpec.DEFAULT_READ_SIZE, 1, Integer.MAX_VALUE));
            if (f.has("read")) {
                b.read(f.parsed("read", ReadMode::parse));
            }
            if (f.has("behavior")) {
                b.behavior(f.parsed("behavior", ClientBehavior::byId));
            }
            b.broadcast(f.bool("broadcast", false));
            if (f.has("source_host")) {
                b.source(java.util.Optional.of(new HostPort(f.string("source_host"), (int) f.integer("source_port", 0, 0, 65535))));
            }
            b.multicast(multicast(f));
            return b.build();
        });
    }

    /** A UDP socket's multicast settings, written only where they differ from the defaults. */
    private static void multicast(MulticastOptions o, Map<String, Object> m) {
        if (!o.interfaceName().equals(MulticastOptions.DEFAULT_INTERFACE)) {
            m.put("interface", o.interfaceName());
        }
        if (o.ttl() != MulticastOptions.DEFAULT_TTL) {
            m.put("multicast_ttl", o.ttl());
        }
        if (!o.loop()) {
            m.put("multicast_loop", false);
        }
    }

    private static MulticastOptions multicast(Fields f) {
        return MulticastOptions.DEFAULTS.onInterface(f.string("interface", MulticastOptions.DEFAULT_INTERFACE))
                .withTtl((int) f.integer("multicast_ttl", MulticastOptions.DEFAULT_TTL, 0, 255))
                .withLoop(f.bool("multicast_loop", true));
    }

    private static Bytes hexPart(String file, Node p) {
        Fields part = new Fields(file, p).onlyKnown(Set.of("hex"));
        return part.parsed("hex", ByteInput::hex);
    }

    private static double number(Fields f, String name) {
        if (!f.has(name)) {
            return 0;
        }
        Object v = f.node().fields().get(name).value();
        if (!(v instanceof Number n)) {
            throw f.problem(name, "expected a number from 0 to 1");
        }
        return n.doubleValue();
    }

    private static Map<String, Object> address(TransportKind transport, Address address) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transport", transport.id());
        switch (address) {
            case HostPort hp -> {
                m.put("host", hp.host());
                m.put("port", hp.port());
            }
            case UnixPath p -> m.put("path", p.isUnnamed() ? "" : p.path());
        }
        return m;
    }

    private static <B extends AddressBuilder<B>> B address(Fields f, B b) {
        b.transport(f.has("transport") ? f.parsed("transport", TransportKind::byId) : TransportKind.TCP);
        if (f.has("path")) {
            String path = f.string("path");
            b.path(path.isEmpty() ? UnixPath.UNNAMED : UnixPath.of(java.nio.file.Path.of(path)));
        } else {
            if (f.has("host")) {
                b.host(f.string("host"));
            }
            b.port((int) f.integer("port", ServerSpec.DEFAULT_PORT, 0, 65535));
        }
        return b;
    }

    /** The spec {@code build} makes; what its checks refuse becomes a problem at the object's line. */
    private static <T> T checked(Fields f, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (FileProblem p) {
            throw p;
        } catch (IllegalArgumentException e) {
            throw f.problem(e.getMessage());
        }
    }
}
