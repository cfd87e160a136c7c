package netlab.engine.port;

import netlab.engine.lab.EndpointState;
import netlab.engine.net.Address;

/**
 * What the lab says of one of its endpoints at the moment asked: a snapshot of values, never the
 * endpoint itself.
 *
 * @param id          the endpoint's id, as its events carry it
 * @param spec        what it was started with: a ServerSpec, ClientSpec, RelaySpec,
 *                    InteractiveClientSpec, ExperimentSpec or ProcessSpec
 * @param address     where it listens (servers and relays, once listening); else null
 * @param state       its state now
 * @param connections live connections (servers and relays); 0 for others
 * @param refused     connections refused over its cap (servers)
 * @param seed        the seed a relay drew for its random splits; 0 for others
 * @param pid         a command's process id; 0 for others
 */
public record EndpointInfo(String id, Object spec, Address address, EndpointState state, int connections,
                           long refused, long seed, long pid) {
}
