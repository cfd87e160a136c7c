package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import netlab.engine.bytes.Bytes;
import netlab.engine.relay.Cutter;
import netlab.engine.relay.SplitMode;

/**
 * The grid of re-segmentations a split test runs, in order: each message in a write of its own
 * (the reference); one byte at a time; a cut inside every delimiter or length header; messages
 * coalesced two at a time and all at once; a delay before the last byte of each message; a
 * half-close right after the last request; then seeded random sizes (the relay's own
 * {@link Cutter}) up to the case cap.
 */
public final class CaseGrid {
    /** Byte at a time is one write a byte: past this many bytes it is left out (it would take too long). */
    public static final int MAX_BYTE_AT_A_TIME = 4096;

    private CaseGrid() {
    }

    public static List<SplitCase> build(Bytes stream, List<Framing.Message> messages, int maxCases, long seed) {
        int length = stream.size();
        SplitPlan reference = SplitPlan.perMessage(messages, length);
        List<SplitCase> out = new ArrayList<>();
        add(out, maxCases, SplitCase.Kind.PER_MESSAGE, "each message in one write", reference);
        if (length > 1 && length <= MAX_BYTE_AT_A_TIME) {
            int[] all = new int[length - 1];
            for (int i = 0; i < all.length; i++) {
                all[i] = i + 1;
            }
            add(out, maxCases, SplitCase.Kind.BYTE_AT_A_TIME, "one byte at a time", new SplitPlan(length, all, new int[0], false));
        }
        // random cases get at least a quarter of the budget, however many marks there are
        int markBudget = Math.max(1, (maxCases - out.size()) * 3 / 4 - 4);
        int marks = 0;
        for (int m = 0; m < messages.size() && marks < markBudget; m++) {
            Framing.Message msg = messages.get(m);
            for (int cut : marksCuts(msg)) {
                if (cut <= 0 || cut >= length || marks >= markBudget) {
                    continue;
                }
                TreeSet<Integer> cuts = cuts(reference);
                cuts.add(cut);
                add(out, maxCases, SplitCase.Kind.INSIDE_MARK, "message " + (m + 1) + " cut at its byte " + (cut - msg.start())
                        + " (inside its " + (msg.markStart() == msg.start() ? "header" : "end") + ")", plan(length, cuts, new TreeSet<>(), false));
                marks++;
            }
        }
        if (messages.size() >= 3) {
            TreeSet<Integer> pairs = new TreeSet<>();
            for (int i = 1; i < messages.size() - 1; i += 2) {
                pairs.add(messages.get(i).end());
            }
            add(out, maxCases, SplitCase.Kind.COALESCED, "two messages a write", plan(length, pairs, new TreeSet<>(), false));
        }
        if (messages.size() >= 2) {
            add(out, maxCases, SplitCase.Kind.COALESCED, "all messages in one write", new SplitPlan(length, new int[0], new int[0], false));
        }
        TreeSet<Integer> delayCuts = cuts(reference);
        TreeSet<Integer> delayed = new TreeSet<>();
        for (Framing.Message msg : messages) {
            if (msg.size() >= 2) {
                delayCuts.add(msg.end() - 1);
                delayed.add(msg.end() - 1);
            }
        }
        if (!delayed.isEmpty()) {
            add(out, maxCases, SplitCase.Kind.DELAY_BEFORE_LAST_BYTE, "a pause before each message's last byte",
                    plan(length, delayCuts, delayed, false));
        }
        add(out, maxCases, SplitCase.Kind.HALF_CLOSE, "half-close right after the last request",
                new SplitPlan(length, reference.cuts(), new int[0], true));
        int largest = Math.max(2, Math.min(16, length / 2));
        for (int k = 0; out.size() < maxCases && length > 1 && k < maxCases; k++) {
            long caseSeed = seed + k;
            Cutter cutter = new Cutter(SplitMode.random(1, largest), caseSeed);
            TreeSet<Integer> cuts = new TreeSet<>();
            int at = 0;
            for (Bytes chunk : cutter.add(stream)) {
                at += chunk.size();
                if (at < length) {
                    cuts.add(at);
                }
            }
            add(out, maxCases, SplitCase.Kind.RANDOM, "random 1-" + largest + " bytes, seed " + caseSeed, plan(length, cuts, new TreeSet<>(), false));
        }
        return out;
    }

    /** Where to cut to split a message's mark: between each two of its bytes; a one-byte mark alone in its write. */
    private static List<Integer> marksCuts(Framing.Message msg) {
        List<Integer> out = new ArrayList<>();
        int markSize = msg.markEnd() - msg.markStart();
        if (markSize == 1) {
            out.add(msg.markStart() == msg.start() ? msg.markEnd() : msg.markStart());
        }
        for (int c = msg.markStart() + 1; c < msg.markEnd(); c++) {
            out.add(c);
        }
        return out;
    }

    private static TreeSet<Integer> cuts(SplitPlan plan) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int c : plan.cuts()) {
            s.add(c);
        }
        return s;
    }

    static SplitPlan plan(int length, TreeSet<Integer> cuts, TreeSet<Integer> delayed, boolean halfClose) {
        return new SplitPlan(length, cuts.stream().mapToInt(Integer::intValue).toArray(),
                delayed.stream().mapToInt(Integer::intValue).toArray(), halfClose);
    }

    private static void add(List<SplitCase> out, int maxCases, SplitCase.Kind kind, String name, SplitPlan plan) {
        if (out.size() < maxCases) {
            out.add(new SplitCase(out.size() + 1, kind, name, plan));
        }
    }
}
