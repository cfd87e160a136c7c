package netlab.ui.server;

import netlab.engine.bytes.ByteInput;
import netlab.ui.i18n.Problem;

/**
 * The engine's refusal of a rule's match, reply, delay or framing, said in the window's language:
 * a key naming what is wrong (bad regex, bad hex, unknown macro...) with the engine's own detail
 * (where, what) as its argument. The engine decides what is wrong; this only names it.
 */
final class RuleProblems {
    private RuleProblems() {
    }

    /** A refused match pattern or reply template written in {@code mode}. */
    static Problem of(IllegalArgumentException e, ByteInput.Mode mode) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String key;
        if (detail.contains("regex is matched against text")) {
            key = "rules.problem.regexHex";
        } else if (detail.startsWith("invalid regex")) {
            key = "rules.problem.regex";
        } else if (detail.contains("macro") || detail.startsWith("{{")) {
            key = "rules.problem.macro";
        } else if (mode == ByteInput.Mode.HEX) {
            key = "rules.problem.hex";
        } else if (mode == ByteInput.Mode.ESCAPED) {
            key = "rules.problem.escape";
        } else {
            key = "rules.problem.other";
        }
        return Problem.of(key, detail);
    }

    static Problem framing(IllegalArgumentException e) {
        return Problem.of("rules.problem.framing", e.getMessage());
    }
}
