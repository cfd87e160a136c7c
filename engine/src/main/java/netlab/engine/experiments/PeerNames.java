package netlab.engine.experiments;

import netlab.engine.net.Address;

/** {@code repr(writer.get_extra_info('peername'))}: a tuple for IP, the path (or '') for a Unix socket. */
final class PeerNames {
    private PeerNames() {
    }

    static String repr(Object peername) {
        if (peername instanceof Address addr) {
            return addr.pyRepr();
        }
        return "None";
    }
}
