package netlab.engine.rules;

import java.util.List;
import java.util.Objects;

/**
 * A server's rules: how its messages are cut ({@link Framing}) and the rules, the first that
 * matches a message answering it. No cap on their number. {@link #NONE} for a server without rules.
 */
public record RuleSet(Framing framing, List<Rule> rules) {
    public static final RuleSet NONE = new RuleSet(new Framing.PerRead(), List.of());

    public RuleSet {
        Objects.requireNonNull(framing, "framing");
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
