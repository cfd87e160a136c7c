package netlab.engine.reliability;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.testing.LabBench;

/** What the bad-input tests ask of a bench after each case: the error in the pane, and that the lab still works. */
final class BenchChecks {
    private final LabBench bench;

    BenchChecks(LabBench bench) {
        this.bench = bench;
    }

    ServerEndpoint startServer(ServerSpec spec) {
        try {
            return bench.lab.startServer(spec).get(T);
        } catch (Exception e) {
            throw new AssertionError("the server did not start: " + e, e);
        }
    }

    void echoesOver(String host, int port) {
        ClientEndpoint client = bench.runClient(ClientSpec.seed(new HostPort(host, port)));
        assertThat(client.state()).as("client to %s", host).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(client.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
    }

    /**
     * The error an endpoint ended with: the last ERROR event of its panes. Every error it reported
     * is of the same type (a connection's pane may say it first, and the task again as it ends).
     */
    LabEvent onlyError(String endpoint) {
        List<LabEvent> errors = bench.events(endpoint, EventKind.ERROR);
        assertThat(errors).as("errors of %s", endpoint).isNotEmpty();
        LabEvent last = errors.get(errors.size() - 1);
        assertThat(errors).as("errors of %s", endpoint).allMatch(e -> e.error().type().equals(last.error().type()));
        return last;
    }

    LabEvent connectionError(String endpoint) {
        List<LabEvent> errors = bench.events(endpoint, EventKind.ERROR).stream().filter(e -> e.origin().isConnection()).toList();
        assertThat(errors).as("errors of %s's connection", endpoint).hasSize(1);
        return errors.get(0);
    }

    static byte[] filled(int n, byte b) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, b);
        return out;
    }

    /** After a failure, the same lab runs the seed's echo end to end. */
    void stillWorks() {
        assertThat(bench.lab.isClosed()).isFalse();
        ServerEndpoint server = bench.echoServer(128);
        ClientEndpoint ok = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
        assertThat(ok.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(ok.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
    }
}
