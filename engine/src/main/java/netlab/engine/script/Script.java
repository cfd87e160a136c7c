package netlab.engine.script;

import java.util.List;
import java.util.Optional;

import netlab.engine.net.HostPort;

/**
 * A client script: where it connects unless told otherwise, and its steps, run in order until one
 * fails.
 */
public record Script(Optional<HostPort> to, List<Step> steps) {
    public Script {
        steps = List.copyOf(steps);
    }

    public Script withTarget(HostPort target) {
        return new Script(Optional.of(target), steps);
    }

    /** Every step as run, repeats unrolled is not needed: the count of steps at the top. */
    public int size() {
        return steps.size();
    }
}
