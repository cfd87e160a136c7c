package netlab.engine.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import netlab.engine.bytes.ByteInput;
import netlab.engine.files.Fields;
import netlab.engine.files.FileProblem;
import netlab.engine.files.JsonTree;
import netlab.engine.files.JsonWriting;
import netlab.engine.files.Node;

/**
 * A rules file (JSON), read strictly and written back the same way:
 *
 * <pre>
 * {"format": "netlab-rules", "version": 1, "framing": "lines",
 *  "rules": [{"name": "ping", "match": {"regex": "^PING (\\d+)$"}, "reply": {"escaped": "PONG {{1}}\n"},
 *             "delay_ms": 0, "then": "none"}]}
 * </pre>
 *
 * A match is one of {@code equals}, {@code starts-with}, {@code contains}, {@code regex}, with
 * {@code "as": "text"|"escaped"|"hex"}; a reply is a string (text) or one of {@code text},
 * {@code escaped}, {@code hex}. Whatever is wrong is a {@link FileProblem} with the file, the
 * line and the field.
 */
public final class RulesFile {
    public static final String FORMAT = "netlab-rules";
    public static final int VERSION = 1;

    private static final Set<String> TOP = Set.of("format", "version", "framing", "rules");
    private static final Set<String> RULE = Set.of("name", "match", "reply", "delay_ms", "then");
    private static final Set<String> MATCH = Set.of("equals", "starts-with", "contains", "regex", "as");
    private static final Set<String> MODES = Set.of("text", "escaped", "hex");

    private RulesFile() {
    }

    public static RuleSet read(Path file) {
        return fromNode(file.toString(), JsonTree.read(file));
    }

    /** The rules an object of a file holds (a rules file's root, or a server of a workspace). */
    public static RuleSet fromNode(String file, Node node) {
        Fields top = new Fields(file, node).onlyKnown(TOP);
        if (top.has("format") && !FORMAT.equals(top.string("format"))) {
            throw top.problem("format", "this is not a rules file (format '" + top.string("format") + "', expected '" + FORMAT + "')");
        }
        long version = top.integer("version", VERSION, 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw top.problem("version", "rules format version " + version + " is from a newer NetLab; this one reads version "
                    + VERSION + ": update NetLab");
        }
        Framing framing = top.has("framing") ? top.parsed("framing", Framing::byId) : new Framing.Lines();
        List<Rule> rules = top.list("rules", n -> rule(file, n));
        if (rules.isEmpty()) {
            throw top.problem("rules", "no rules: give at least one");
        }
        return new RuleSet(framing, rules);
    }

    private static Rule rule(String file, Node node) {
        Fields f = new Fields(file, node).onlyKnown(RULE);
        String name = f.string("name", "");
        Match match = match(f.object("match"));
        Optional<Template> reply = f.has("reply") ? Optional.of(reply(f)) : Optional.empty();
        long delay = f.integer("delay_ms", 0, 0, Rule.MAX_DELAY.toMillis());
        Rule.After then = f.has("then") ? f.parsed("then", Rule.After::byId) : Rule.After.NOTHING;
        return new Rule(name, match, reply, Duration.ofMillis(delay), then);
    }

    /** A match object ({@code {"regex": "...", "as": "text"}}), as rules and scripts write it. */
    public static Match match(Fields m) {
        m.onlyKnown(MATCH);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("equals", "starts-with", "contains", "regex")) {
            if (m.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            throw m.problem("give exactly one of equals, starts-with, contains, regex" + (kinds.isEmpty() ? "" : "; found " + kinds));
        }
        String kind = kinds.get(0);
        ByteInput.Mode mode = m.has("as") ? m.parsed("as", ByteInput.Mode::byId) : ByteInput.Mode.TEXT;
        try {
            return new Match(MatchKind.byId(kind), mode, m.string(kind));
        } catch (FileProblem p) {
            throw p;
        } catch (IllegalArgumentException e) {
            throw m.problem(kind, e.getMessage());
        }
    }

    private static Template reply(Fields rule) {
        Node n = rule.node().fields().get("reply");
        if (n.value() instanceof String) {
            return rule.parsed("reply", text -> new Template(ByteInput.Mode.TEXT, text));
        }
        Fields r = rule.object("reply").onlyKnown(MODES);
        if (r.node().fields().size() != 1) {
            throw r.problem("give exactly one of text, escaped, hex");
        }
        String mode = r.node().fields().keySet().iterator().next();
        return r.parsed(mode, text -> new Template(ByteInput.Mode.byId(mode), text));
    }

    /** The rules as plain data, in the file's layout (for a rules file or a workspace). */
    public static Map<String, Object> toData(RuleSet rules) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        top.put("version", VERSION);
        top.put("framing", rules.framing().id());
        List<Object> list = new ArrayList<>();
        for (Rule r : rules.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            if (!r.name().isEmpty()) {
                rule.put("name", r.name());
            }
            rule.put("match", matchData(r.match()));
            r.reply().ifPresent(t -> rule.put("reply", Map.of(t.mode().name().toLowerCase(java.util.Locale.ROOT), t.source())));
            if (!r.delay().isZero()) {
                rule.put("delay_ms", r.delay().toMillis());
            }
            if (r.then() != Rule.After.NOTHING) {
                rule.put("then", r.then().id());
            }
            list.add(rule);
        }
        top.put("rules", list);
        return top;
    }

    /** A match as plain data, as {@link #match} reads it. */
    public static Map<String, Object> matchData(Match m) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put(m.kind().id(), m.pattern());
        if (m.mode() != ByteInput.Mode.TEXT) {
            match.put("as", m.mode().name().toLowerCase(java.util.Locale.ROOT));
        }
        return match;
    }

    public static String toJson(RuleSet rules) {
        return JsonWriting.write(toData(rules));
    }
}
