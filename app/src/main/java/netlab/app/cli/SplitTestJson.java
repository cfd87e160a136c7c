package netlab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netlab.engine.splittest.CaseResult;
import netlab.engine.splittest.SplitTestResult;

/** A split test's result as one JSON object, for CI: the verdict, every case, the shrunk failure, the recording. */
final class SplitTestJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SplitTestJson() {
    }

    static String of(SplitTestResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("verdict", r.verdict());
        o.put("passed", r.allPassed());
        o.put("target", r.target());
        o.put("framing", r.framing());
        o.put("conversation", r.conversation());
        o.put("planned", r.planned());
        o.put("ran", r.cases().size());
        o.put("failed", r.failures());
        o.put("seconds", r.nanos() / 1e9);
        r.problem().ifPresent(p -> o.put("problem", p));
        r.stopReason().ifPresent(p -> o.put("stopped", p));
        ArrayNode cases = o.putArray("cases");
        for (CaseResult c : r.cases()) {
            cases.add(caseNode(c));
        }
        r.shrunk().ifPresent(s -> {
            ObjectNode n = caseNode(s);
            n.put("shrink_runs", r.shrinkRuns());
            o.set("shrunk", n);
        });
        r.recording().ifPresent(f -> o.put("recording", f.toString()));
        return o.toString();
    }

    private static ObjectNode caseNode(CaseResult c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("case", c.splitCase().number());
        n.put("kind", c.splitCase().kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("name", c.splitCase().name());
        n.put("result", c.outcome().tag());
        n.put("writes", c.splitCase().plan().writeCount());
        n.put("chunks", c.chunkMap());
        n.put("millis", c.nanos() / 1_000_000);
        if (!c.passed()) {
            n.put("first_difference", c.outcome().describe());
        }
        return n;
    }
}
