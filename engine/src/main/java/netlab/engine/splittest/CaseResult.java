package netlab.engine.splittest;

/** A case that ran: its plan, how it went, how long it took; {@code chunkMap} shows its writes. */
public record CaseResult(SplitCase splitCase, CaseOutcome outcome, long nanos, String chunkMap) {
    public boolean passed() {
        return outcome.passed();
    }
}
