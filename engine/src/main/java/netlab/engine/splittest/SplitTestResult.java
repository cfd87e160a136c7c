package netlab.engine.splittest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a split test found: every case that ran, the shrunk failure (when one failed), the recording
 * of it (when saved), whether it was stopped early, or the reason it could not run at all.
 *
 * @param problem why the test could not run (a framing that does not match, nothing listening), or empty
 * @param stopReason why it ended before its grid did (stopped, the byte cap), or empty
 * @param shrinkRuns the runs the shrinking took
 */
public record SplitTestResult(String target, String framing, String conversation, int planned, List<CaseResult> cases,
                              Optional<CaseResult> shrunk, int shrinkRuns, Optional<Path> recording, Optional<String> problem,
                              Optional<String> stopReason, long nanos) {
    public SplitTestResult {
        cases = List.copyOf(cases);
    }

    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    /** True when every case that ran passed and it could run at all. */
    public boolean allPassed() {
        return problem.isEmpty() && failures() == 0 && !cases.isEmpty();
    }

    public Optional<CaseResult> firstFailure() {
        return cases.stream().filter(c -> !c.passed()).findFirst();
    }

    /** The one-line verdict. */
    public String verdict() {
        if (problem.isPresent()) {
            return "NOT RUN: " + problem.get();
        }
        String ran = cases.size() + (cases.size() == planned ? "" : " of " + planned) + " cases";
        String stopped = stopReason.map(r -> " (" + r + ")").orElse("");
        if (failures() == 0) {
            if (cases.isEmpty()) {
                return "NOTHING RAN" + stopped;
            }
            return cases.size() == planned ? "PASS: " + target + " survived all " + ran + " of re-chunking" + stopped
                    : "PASS so far: " + target + " survived the " + ran + " that ran" + stopped;
        }
        CaseResult first = firstFailure().orElseThrow();
        String smallest = shrunk.map(s -> "; smallest failing split: " + s.chunkMap()).orElse("");
        return "FAIL: " + failures() + " of " + ran + " failed" + stopped + "; first: case " + first.splitCase().number() + " ("
                + first.splitCase().name() + ") " + first.outcome().describe() + smallest;
    }
}
