package netlab.ui.code;

import java.util.Map;

import netlab.engine.event.EventMatch;
import netlab.engine.preset.LocalizedText;

/**
 * The lines that make one kind of event: in the seed's Python and in NetLab's Java.
 *
 * @param lines file id → line number, from 1
 * @param note  what happens there, in a few words (may be null)
 */
public record CodeMark(EventMatch match, Map<String, Integer> lines, LocalizedText note) {
    public CodeMark {
        lines = Map.copyOf(lines);
    }
}
