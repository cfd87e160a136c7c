package netlab.ui.relay;

import java.util.OptionalLong;

import netlab.engine.lab.EndpointState;
import netlab.engine.lab.RelaySpec;
import netlab.ui.events.RelayWords;
import netlab.ui.i18n.I18n;

/**
 * What the relay started from the form is doing, as typed values; said in the window's language.
 *
 * @param address where it listens, null when not yet bound
 * @param seed    the seed it drew (what it does by chance repeats with it)
 */
record RelayStatus(String id, String address, RelaySpec spec, long seed, EndpointState state) {
    /** {@code relay-1: 127.0.0.1:10001 → 127.0.0.1:10000 (split fixed:5)}, or its state while it is not running. */
    String say(I18n i18n) {
        if (state == EndpointState.RUNNING && address != null) {
            return id + ": " + address + " \u2192 " + spec.target() + " (" + new RelayWords(i18n).describe(spec, OptionalLong.of(seed)) + ")";
        }
        return id + ": " + i18n.get("endpoint.state." + state.label());
    }
}
