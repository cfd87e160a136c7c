package netlab.engine.port;

import java.util.concurrent.CompletableFuture;

import netlab.engine.lab.EndpointState;
import netlab.engine.net.Address;

/**
 * An endpoint a command started: its id (its events carry it), where it listens once it does
 * (null for a client, or a server that failed), and a future done with its last state when it is
 * over. The future matters when events were elided: the end of an endpoint always arrives.
 */
public record Started(String endpointId, Address address, CompletableFuture<EndpointState> finished) {
}
