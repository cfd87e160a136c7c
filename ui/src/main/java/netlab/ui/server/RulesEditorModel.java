package netlab.ui.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.bytes.ByteInput;
import netlab.engine.port.LabFiles;
import netlab.engine.rules.Framing;
import netlab.engine.rules.Match;
import netlab.engine.rules.MatchKind;
import netlab.engine.rules.Rule;
import netlab.engine.rules.RuleSet;
import netlab.engine.rules.RulesFile;
import netlab.engine.rules.Template;
import netlab.ui.events.Completions;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The server form's rules, edited in place: the rules in order (the first that matches answers),
 * the one being written (match, reply, delay, what happens after) checked as it is typed by the
 * engine's own {@link Match}, {@link Template} and {@link Rule}, the framing that cuts messages,
 * and "Save rules…" writing the rules file format ({@link RulesFile}) through the file port.
 */
public final class RulesEditorModel {
    private final LabFiles files;
    private final Executor ui;

    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty framing = new SimpleStringProperty("lines");
    private final ObjectProperty<MatchKind> kind = new SimpleObjectProperty<>(MatchKind.EQUALS);
    private final ObjectProperty<ByteInput.Mode> matchMode = new SimpleObjectProperty<>(ByteInput.Mode.TEXT);
    private final StringProperty pattern = new SimpleStringProperty("");
    /** The rule's name, optional: the pane says it next to the read it answered. */
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ByteInput.Mode> replyMode = new SimpleObjectProperty<>(ByteInput.Mode.ESCAPED);
    private final StringProperty reply = new SimpleStringProperty("");
    private final StringProperty delay = new SimpleStringProperty("0");
    private final ObjectProperty<Rule.After> then = new SimpleObjectProperty<>(Rule.After.NOTHING);

    private final ReadOnlyObjectWrapper<Problem> patternProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> replyProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> delayProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> framingProblem = new ReadOnlyObjectWrapper<>();
    /** What the last save (or a refused edit) said: a problem, or the "saved" message. */
    private final ReadOnlyObjectWrapper<Problem> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RuleSet> ruleSet = new ReadOnlyObjectWrapper<>(RuleSet.NONE);

    public RulesEditorModel(LabFiles files, Executor ui) {
        this.files = files;
        this.ui = ui;
        kind.addListener((obs, old, now) -> checkMatch());
        matchMode.addListener((obs, old, now) -> checkMatch());
        pattern.addListener((obs, old, now) -> checkMatch());
        replyMode.addListener((obs, old, now) -> checkReply());
        reply.addListener((obs, old, now) -> checkReply());
        delay.addListener((obs, old, now) -> checkDelay());
        framing.addListener((obs, old, now) -> publish());
        rules.addListener((javafx.collections.ListChangeListener<Rule>) c -> publish());
        selected.addListener((obs, old, now) -> edit(now.intValue()));
    }

    private Checked<Match> checkMatch() {
        Checked<Match> m;
        try {
            m = Checked.ok(new Match(kind.get(), matchMode.get(), pattern.get()));
        } catch (IllegalArgumentException e) {
            m = Checked.bad(RuleProblems.of(e, matchMode.get()));
        }
        patternProblem.set(m.problem());
        return m;
    }

    /** An empty reply is none: the rule only waits, closes or half-closes. */
    private Checked<Optional<Template>> checkReply() {
        Checked<Optional<Template>> t;
        try {
            t = Checked.ok(reply.get().isEmpty() ? Optional.empty() : Optional.of(new Template(replyMode.get(), reply.get())));
        } catch (IllegalArgumentException e) {
            t = Checked.bad(RuleProblems.of(e, replyMode.get()));
        }
        replyProblem.set(t.problem());
        return t;
    }

    private Checked<Duration> checkDelay() {
        Checked<Duration> d = Inputs.integer(delay.get()).then(ms -> {
            if (ms < 0 || ms > Rule.MAX_DELAY.toMillis()) {
                throw new IllegalArgumentException("delay");
            }
            return Duration.ofMillis(ms);
        });
        if (!d.isOk()) {
            d = Checked.bad(Problem.of("rules.problem.delay", String.valueOf(Rule.MAX_DELAY.toMillis())));
        }
        delayProblem.set(d.problem());
        return d;
    }

    private Checked<Framing> checkFraming() {
        Checked<Framing> f;
        try {
            f = Checked.ok(Framing.byId(framing.get()));
        } catch (IllegalArgumentException e) {
            f = Checked.bad(RuleProblems.framing(e));
        }
        framingProblem.set(f.problem());
        return f;
    }

    /** The rule as written, or null with its problems shown under their fields. */
    private Rule draft() {
        Checked<Match> m = checkMatch();
        Checked<Optional<Template>> r = checkReply();
        Checked<Duration> d = checkDelay();
        if (!m.isOk() || !r.isOk() || !d.isOk()) {
            outcome.set(Problem.of("rules.problem.fix"));
            return null;
        }
        outcome.set(null);
        return new Rule(name.get() == null ? "" : name.get().strip(), m.value(), r.value(), d.value(), then.get());
    }

    private void publish() {
        Checked<Framing> f = checkFraming();
        if (f.isOk()) {
            ruleSet.set(rules.isEmpty() ? RuleSet.NONE : new RuleSet(f.value(), rules));
        }
    }

    /** Adds the rule as written after the others (it answers only what they do not); false when it is not valid. */
    public boolean add() {
        Rule r = draft();
        if (r == null) {
            return false;
        }
        rules.add(r);
        selected.set(rules.size() - 1);
        return true;
    }

    /** Replaces the selected rule by the one written (its name as in the field); false when none is selected or it is not valid. */
    public boolean apply() {
        int at = selected.get();
        if (at < 0 || at >= rules.size()) {
            return false;
        }
        Rule r = draft();
        if (r == null) {
            return false;
        }
        rules.set(at, r);
        return true;
    }

    public void delete() {
        int at = selected.get();
        if (at >= 0 && at < rules.size()) {
            rules.remove(at);
            selected.set(Math.min(at, rules.size() - 1));
        }
    }

    /** Moves the selected rule one place earlier ({@code -1}) or later ({@code +1}): earlier rules are tried first. */
    public void move(int by) {
        int at = selected.get();
        int to = at + by;
        if (at < 0 || at >= rules.size() || to < 0 || to >= rules.size()) {
            return;
        }
        Rule r = rules.remove(at);
        rules.add(to, r);
        selected.set(to);
    }

    /** Fills the fields with the rule at {@code at}, to be changed and applied. */
    private void edit(int at) {
        if (at < 0 || at >= rules.size()) {
            return;
        }
        Rule r = rules.get(at);
        name.set(r.name());
        kind.set(r.match().kind());
        matchMode.set(r.match().mode());
        pattern.set(r.match().pattern());
        replyMode.set(r.reply().map(Template::mode).orElse(ByteInput.Mode.ESCAPED));
        reply.set(r.reply().map(Template::source).orElse(""));
        delay.set(Long.toString(r.delay().toMillis()));
        then.set(r.then());
    }

    /** Takes the rules of a file (or a workspace) to edit. */
    public void load(RuleSet loaded) {
        selected.set(-1);
        framing.set(loaded.framing().id());
        rules.setAll(loaded.rules());
        publish();
    }

    public void clear() {
        selected.set(-1);
        rules.clear();
    }

    /** Writes the rules as a rules file (JSON, which the CLI reads as it reads YAML) through the file port. */
    public CompletableFuture<Void> save(Path file) {
        if (rules.isEmpty() || framingProblem.get() != null) {
            outcome.set(Problem.of(rules.isEmpty() ? "rules.problem.none" : "rules.problem.fix"));
            return CompletableFuture.failedFuture(new IllegalStateException("nothing valid to save"));
        }
        RuleSet saving = ruleSet.get();
        CompletableFuture<Void> written = files.writeText(file, RulesFile.toJson(saving) + "\n");
        Completions.onDone(written, ui, (v, error) -> outcome.set(error != null ? Problem.from(error)
                : Problem.of("rules.saved", String.valueOf(file.getFileName()), saving.rules().size())));
        return written;
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    /** The rules as the next server will answer by them; {@link RuleSet#NONE} when there are none. */
    public ReadOnlyObjectProperty<RuleSet> ruleSetProperty() {
        return ruleSet.getReadOnlyProperty();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty framingProperty() {
        return framing;
    }

    public ObjectProperty<MatchKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ByteInput.Mode> matchModeProperty() {
        return matchMode;
    }

    /** The name of the rule being written; empty: none (the pane says it by its number). */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public ObjectProperty<ByteInput.Mode> replyModeProperty() {
        return replyMode;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    public StringProperty delayProperty() {
        return delay;
    }

    public ObjectProperty<Rule.After> thenProperty() {
        return then;
    }

    public ReadOnlyObjectProperty<Problem> patternProblemProperty() {
        return patternProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> replyProblemProperty() {
        return replyProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> delayProblemProperty() {
        return delayProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> framingProblemProperty() {
        return framingProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
