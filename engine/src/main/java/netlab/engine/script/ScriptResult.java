package netlab.engine.script;

import netlab.engine.bytes.Bytes;

/**
 * How a script ended: every step passed, or the one that failed, why, and what had arrived that
 * the step did not take (for an expect, what came instead).
 *
 * @param failedStep the failed step's number as the log shows it ({@code 3}, {@code 4.2.1} inside
 *                   repeats); null when all passed
 */
public record ScriptResult(int stepsRun, String failedStep, String stepText, String reason, Bytes arrived) {
    public static ScriptResult passed(int stepsRun) {
        return new ScriptResult(stepsRun, null, null, null, Bytes.EMPTY);
    }

    public boolean ok() {
        return failedStep == null;
    }

    /** The failure in one line: {@code step 3 (expect ...) failed: ...; arrived instead: b'...'}. */
    public String describe() {
        if (ok()) {
            return "all " + stepsRun + " steps passed";
        }
        return "step " + failedStep + " (" + stepText + ") failed: " + reason + "; arrived instead: " + arrived.repr();
    }
}
