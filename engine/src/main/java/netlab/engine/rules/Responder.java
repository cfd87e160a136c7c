package netlab.engine.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.bytes.Bytes;

/**
 * A server's rules at work: finds the first rule a message matches and makes its reply. One per
 * server, shared by its connections ({@code {{counter}}} counts the server's replies).
 */
public final class Responder {
    private final RuleSet rules;
    private final List<Match.Compiled> matches;
    private final AtomicLong counter = new AtomicLong();
    private final SplittableRandom random = new SplittableRandom();

    public Responder(RuleSet rules) {
        this.rules = rules;
        this.matches = rules.rules().stream().map(r -> r.match().compiled()).toList();
    }

    public Framing framing() {
        return rules.framing();
    }

    /** What the rules answer {@code message} from {@code peer}: the first that matches, with its reply made. */
    public Optional<Answer> answer(Bytes message, String peer) {
        for (int i = 0; i < matches.size(); i++) {
            List<String> captures = matches.get(i).test(message);
            if (captures != null) {
                Rule rule = rules.rules().get(i);
                long n = counter.incrementAndGet();
                Bytes reply = rule.reply().map(t -> t.render(new Template.Context(captures, peer, n, LocalDateTime.now(), random)))
                        .orElse(Bytes.EMPTY);
                return Optional.of(new Answer(i, rule, message, reply));
            }
        }
        return Optional.empty();
    }

    /**
     * A rule's answer to one message.
     *
     * @param index the rule's place in the file, from 0
     */
    public record Answer(int index, Rule rule, Bytes message, Bytes reply) {
        /** As the pane and the log say it. */
        public String describe() {
            return netlab.engine.event.EventTexts.ruleMatched(index + 1, rule.name(), message.repr(),
                    rule.reply().isPresent() ? reply.repr() : null, rule.delay().isZero() ? -1 : rule.delay().toMillis(),
                    rule.then() == Rule.After.NOTHING ? null : rule.then().id());
        }
    }
}
