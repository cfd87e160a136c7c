package netlab.engine.preset;

import netlab.engine.lab.ServerSpec;

/** A server of a preset's bench; {@code name} is how clients refer to it. */
public record ServerPreset(String name, ServerSpec spec) {
}
