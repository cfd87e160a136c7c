package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import netlab.engine.bytes.Bytes;

/**
 * How one case writes the request stream: the places where a new write begins (each cut is a byte
 * offset, 0 &lt; cut &lt; length, in order), the cuts before which the client waits long (to
 * tempt a server into answering a partial message), and whether it half-closes right after its
 * last byte.
 */
public record SplitPlan(int length, int[] cuts, int[] delayed, boolean halfClose) {
    /** One write of a chunk, and whether a long pause comes before it. */
    public record Write(int start, int end, boolean afterDelay) {
        public int size() {
            return end - start;
        }
    }

    public SplitPlan {
        cuts = cuts.clone();
        delayed = delayed.clone();
        Arrays.sort(cuts);
        Arrays.sort(delayed);
        for (int i = 0; i < cuts.length; i++) {
            if (cuts[i] <= 0 || cuts[i] >= length || (i > 0 && cuts[i] == cuts[i - 1])) {
                throw new IllegalArgumentException("cuts are distinct offsets 1.." + (length - 1) + ", was " + cuts[i]);
            }
        }
        for (int d : delayed) {
            if (Arrays.binarySearch(cuts, d) < 0) {
                throw new IllegalArgumentException("a delay comes before a write: " + d + " is not a cut");
            }
        }
    }

    /** Each message (as the framing says) in a write of its own: how a test client on loopback sends. */
    public static SplitPlan perMessage(List<Framing.Message> messages, int length) {
        int[] cuts = new int[Math.max(0, messages.size() - 1)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = messages.get(i).end();
        }
        return new SplitPlan(length, cuts, new int[0], false);
    }

    /** The writes in order. */
    public List<Write> writes() {
        List<Write> out = new ArrayList<>(cuts.length + 1);
        int start = 0;
        for (int cut : cuts) {
            out.add(new Write(start, cut, Arrays.binarySearch(delayed, cut) >= 0));
            start = cut;
        }
        out.add(new Write(start, length, false));
        return out;
    }

    /** The chunks of {@code stream} as written. */
    public List<Bytes> chunks(Bytes stream) {
        List<Bytes> out = new ArrayList<>();
        for (Write w : writes()) {
            out.add(stream.slice(w.start(), w.end()));
        }
        return out;
    }

    /** The chunk map: the chunks as Python prints them, {@code |} where a write ends, {@code ⏸|} after a pause, {@code EOF} at a half-close. */
    public String describe(Bytes stream, int maxChars) {
        StringBuilder s = new StringBuilder();
        for (Write w : writes()) {
            if (s.length() > 0) {
                s.append(w.afterDelay() ? " \u23f8| " : " | ");
            }
            s.append(stream.slice(w.start(), w.end()).repr());
            if (s.length() > maxChars) {
                s.setLength(maxChars);
                return s.append("\u2026 (").append(cuts.length + 1).append(" writes)").toString();
            }
        }
        if (halfClose) {
            s.append(" | EOF");
        }
        return s.toString();
    }

    public int writeCount() {
        return cuts.length + 1;
    }
}
