package netlab.engine.preset;

import netlab.engine.lab.ClientSpec;

/**
 * A client of a preset's bench. When {@code server} names one of the preset's servers, the client
 * connects to wherever that server really listens (its port may have been overridden or be 0).
 *
 * @param repeat how many times the client runs, one after the other (seed 000 runs it three times
 *               to show that the chunking varies)
 */
public record ClientPreset(String name, String server, ClientSpec spec, int repeat) {
    public ClientPreset {
        if (repeat < 1 || repeat > 1000) {
            throw new IllegalArgumentException("repeat must be 1..1000, was " + repeat);
        }
    }
}
