package netlab.engine.preset;

import netlab.engine.lab.RelaySpec;
import netlab.engine.net.HostPort;

/**
 * A relay of a preset's bench, in front of one of its servers: it forwards to wherever
 * {@code server} really listens. Clients reach it by naming it as their server.
 *
 * @param spec how it listens and what it does to the bytes; its target is
 *             {@link #TARGET_UNTIL_IT_RUNS} until the preset runs
 */
public record RelayPreset(String name, String server, RelaySpec spec) {
    /**
     * The target a preset's relay is read with: where its server will listen is known only once
     * the server runs (its port may be 0 or moved), so {@link PresetRun} aims the relay then.
     */
    public static final HostPort TARGET_UNTIL_IT_RUNS = HostPort.loopback(1);
}
