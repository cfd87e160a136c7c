package netlab.engine.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import netlab.engine.bytes.ByteInput;
import netlab.engine.files.Fields;
import netlab.engine.files.JsonTree;
import netlab.engine.files.JsonWriting;
import netlab.engine.files.Node;
import netlab.engine.net.HostPort;
import netlab.engine.rules.Match;
import netlab.engine.rules.MatchKind;
import netlab.engine.rules.RulesFile;

/**
 * A script file (JSON), read strictly:
 *
 * <pre>
 * {"format": "netlab-script", "version": 1, "to": "127.0.0.1:10000",
 *  "steps": [{"connect": true},
 *            {"send": "PING 7\n", "as": "escaped"},
 *            {"expect": {"regex": "PONG (\\d+)"}, "timeout_ms": 5000, "save": ["n"]},
 *            {"send": ["ACK ", "{{n}}\n"], "as": "escaped", "pause_ms": 100},
 *            {"wait": 100}, {"half-close": true}, {"close": true},
 *            {"repeat": 3, "steps": [...]}]}
 * </pre>
 *
 * A variable used before an expect saves it is refused when the file is read, with its line.
 */
public final class ScriptFile {
    public static final String FORMAT = "netlab-script";
    public static final int VERSION = 1;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final Set<String> TOP = Set.of("format", "version", "to", "steps");
    private static final List<String> KINDS = List.of("connect", "send", "expect", "wait", "half-close", "close", "repeat");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private ScriptFile() {
    }

    public static Script read(Path file) {
        return fromNode(file.toString(), JsonTree.read(file));
    }

    public static Script fromNode(String file, Node node) {
        Fields top = new Fields(file, node).onlyKnown(TOP);
        if (top.has("format") && !FORMAT.equals(top.string("format"))) {
            throw top.problem("format", "this is not a script (format '" + top.string("format") + "', expected '" + FORMAT + "')");
        }
        long version = top.integer("version", VERSION, 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw top.problem("version", "script format version " + version + " is from a newer NetLab; this one reads version "
                    + VERSION + ": update NetLab");
        }
        Optional<HostPort> to = top.has("to") ? Optional.of(top.parsed("to", ScriptFile::hostPort)) : Optional.empty();
        List<Step> steps = steps(file, top, new HashSet<>());
        if (steps.isEmpty()) {
            throw top.problem("steps", "no steps: give at least one");
        }
        return new Script(to, steps);
    }

    private static List<Step> steps(String file, Fields parent, Set<String> saved) {
        List<Step> out = new ArrayList<>();
        for (Node n : parent.list("steps", n -> n)) {
            out.add(step(new Fields(file, n), file, saved));
        }
        return out;
    }

    private static Step step(Fields f, String file, Set<String> saved) {
        List<String> kinds = KINDS.stream().filter(f::has).toList();
        if (kinds.size() != 1) {
            throw f.problem("give exactly one of " + KINDS + (kinds.isEmpty() ? "" : "; found " + kinds));
        }
        String kind = kinds.get(0);
        return switch (kind) {
            case "connect" -> {
                f.onlyKnown(Set.of("connect"));
                Node v = f.node().fields().get("connect");
                yield new Step.Connect(v.value() instanceof String ? Optional.of(f.parsed("connect", ScriptFile::hostPort)) : Optional.empty());
            }
            case "send" -> {
                f.onlyKnown(Set.of("send", "as", "pause_ms"));
                Node v = f.node().fields().get("send");
                List<String> parts = v.isArray() ? f.list("send", p -> {
                    if (!(p.value() instanceof String s)) {
                        throw new netlab.engine.files.FileProblem(file, p.line(), p.path(), "expected a string, found " + p.kind());
                    }
                    return s;
                }) : List.of(f.string("send"));
                ByteInput.Mode mode = f.has("as") ? f.parsed("as", ByteInput.Mode::byId) : ByteInput.Mode.TEXT;
                for (String part : parts) {
                    Matcher m = VARIABLE.matcher(part);
                    while (m.find()) {
                        if (!saved.contains(m.group(1))) {
                            throw f.problem("send", "no variable {{" + m.group(1) + "}} is saved before this step (an expect's \"save\")");
                        }
                    }
                }
                long pause = f.integer("pause_ms", 0, 0, 3_600_000);
                try {
                    yield new Step.Send(parts, mode, Duration.ofMillis(pause));
                } catch (IllegalArgumentException e) {
                    throw f.problem("send", e.getMessage());
                }
            }
            case "expect" -> {
                f.onlyKnown(Set.of("expect", "timeout_ms", "save"));
                Match match = RulesFile.match(f.object("expect"));
                long timeout = f.integer("timeout_ms", DEFAULT_TIMEOUT.toMillis(), 1, 3_600_000);
                List<String> save = f.list("save", n -> n.value() instanceof String s ? s : "");
                if (!save.isEmpty() && match.kind() != MatchKind.REGEX) {
                    throw f.problem("save", "only a regex has groups to save");
                }
                saved.addAll(save);
                yield new Step.Expect(match, Duration.ofMillis(timeout), save);
            }
            case "wait" -> {
                f.onlyKnown(Set.of("wait"));
                yield new Step.Wait(Duration.ofMillis(f.integer("wait", 0, 0, 3_600_000)));
            }
            case "half-close" -> {
                f.onlyKnown(Set.of("half-close"));
                yield new Step.HalfClose();
            }
            case "close" -> {
                f.onlyKnown(Set.of("close"));
                yield new Step.Close();
            }
            default -> {
                f.onlyKnown(Set.of("repeat", "steps"));
                int times = (int) f.integer("repeat", 1, 1, 1_000_000);
                List<Step> inner = steps(file, f, saved);
                if (inner.isEmpty()) {
                    throw f.problem("steps", "a repeat needs steps");
                }
                yield new Step.Repeat(times, inner);
            }
        };
    }

    /** {@code HOST:PORT} ({@code [::1]:PORT} for IPv6). */
    public static HostPort hostPort(String text) {
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected HOST:PORT, as 127.0.0.1:10000, not '" + text + "'");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port in '" + text + "' is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 1..65535");
        }
        return new HostPort(host, port);
    }

    /** The script as plain data, in the file's layout. */
    public static Map<String, Object> toData(Script script) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        top.put("version", VERSION);
        script.to().ifPresent(t -> top.put("to", t.host() + ":" + t.port()));
        top.put("steps", stepsData(script.steps()));
        return top;
    }

    private static List<Object> stepsData(List<Step> steps) {
        List<Object> out = new ArrayList<>();
        for (Step step : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (step) {
                case Step.Connect c -> m.put("connect", c.to().<Object>map(t -> t.host() + ":" + t.port()).orElse(true));
                case Step.Send s -> {
                    m.put("send", s.parts().size() == 1 ? s.parts().get(0) : s.parts());
                    m.put("as", s.mode().name().toLowerCase(java.util.Locale.ROOT));
                    if (!s.pause().isZero()) {
                        m.put("pause_ms", s.pause().toMillis());
                    }
                }
                case Step.Expect e -> {
                    m.put("expect", RulesFile.matchData(e.match()));
                    m.put("timeout_ms", e.timeout().toMillis());
                    if (!e.save().isEmpty()) {
                        m.put("save", e.save());
                    }
                }
                case Step.Wait w -> m.put("wait", w.time().toMillis());
                case Step.HalfClose h -> m.put("half-close", true);
                case Step.Close c -> m.put("close", true);
                case Step.Repeat r -> {
                    m.put("repeat", r.times());
                    m.put("steps", stepsData(r.steps()));
                }
            }
            out.add(m);
        }
        return out;
    }

    public static String toJson(Script script) {
        return JsonWriting.write(toData(script));
    }
}
