package netlab.engine.testing;

import static netlab.engine.testing.OnLoop.T;

import java.time.Duration;
import java.util.List;

import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/**
 * A lab with an event log, and the questions tests ask of it: start an echo server on a free
 * port, run a client to its end, and what bytes an endpoint received or sent according to the
 * events. Closing it closes the lab with a bounded grace.
 */
public final class LabBench implements AutoCloseable {
    public final Lab lab = new Lab();
    public final EventLog log = new EventLog(lab.events());

    public ServerEndpoint echoServer(int readSize) {
        try {
            return lab.startServer(ServerSpec.builder().port(0).readSize(readSize).build()).get(T);
        } catch (Exception e) {
            throw new AssertionError("the echo server did not start: " + e, e);
        }
    }

    public ClientEndpoint startClient(ClientSpec spec) {
        try {
            return lab.startClient(spec).get(T);
        } catch (Exception e) {
            throw new AssertionError("the client did not start: " + e, e);
        }
    }

    /** Starts a client and waits for it to be over, however it ends. */
    public ClientEndpoint runClient(ClientSpec spec) {
        ClientEndpoint client = startClient(spec);
        try {
            client.finished().get(T);
        } catch (Exception e) {
            throw new AssertionError(client.id() + " did not finish within " + T + "; state " + client.state()
                    + "\n" + EventLog.format(events(client.id())), e);
        }
        return client;
    }

    /**
     * Every event of an endpoint (its connections' included) so far. Fails if the test's own log
     * fell behind and had events elided: then bytes counted from events would be wrong.
     */
    public List<LabEvent> events(String endpoint) {
        List<LabEvent> all = log.all();
        all.stream().filter(e -> e.kind() == EventKind.ELIDED).findFirst().ifPresent(e -> {
            throw new AssertionError("the test's event log fell behind: " + e.text());
        });
        return all.stream().filter(e -> e.origin().endpoint().equals(endpoint)).toList();
    }

    public List<LabEvent> events(String endpoint, EventKind kind) {
        return events(endpoint).stream().filter(e -> e.kind() == kind).toList();
    }

    /** The bytes an endpoint's connections received, in order, per its data_received events. */
    public Bytes received(String endpoint) {
        return Bytes.concat(events(endpoint, EventKind.DATA_RECEIVED).stream().map(LabEvent::data).toList());
    }

    public Bytes sent(String endpoint) {
        return Bytes.concat(events(endpoint, EventKind.DATA_SENT).stream().map(LabEvent::data).toList());
    }

    /** The LOG lines an endpoint's connections printed under {@code logger}, text only. */
    public List<String> logTexts(String endpoint, String logger) {
        return events(endpoint, EventKind.LOG).stream().filter(e -> e.logger().equals(logger)).map(LabEvent::text).toList();
    }

    @Override
    public void close() {
        log.close();
        lab.close(Duration.ofSeconds(5));
    }
}
