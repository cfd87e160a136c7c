package netlab.engine.preset;

import netlab.engine.lab.RelaySpec;

/**
 * A relay of a preset's bench, in front of one of its servers: it forwards to wherever
 * {@code server} really listens. Clients reach it by naming it as their server.
 */
public record RelayPreset(String name, String server, RelaySpec spec) {
}
