package netlab.engine.log;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;

/**
 * At load (detail off) a line logged for a connection is not published, whether a task of the
 * connection logs it or its protocol does; a line of anything else still is, and with detail on
 * every line is.
 */
class LoggingAtLoadTest {
    private final TestLoop t = new TestLoop();
    private final Logging logging = new Logging(t.loop);
    private final Logger log = logging.getLogger("echo");
    private final Origin connection = new Origin("srv", Role.SERVER, "srv/1", "srv/1", "127.0.0.1:1", "127.0.0.1:2");
    private final Origin server = Origin.endpoint("srv", Role.SERVER, "srv");

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void atLoadOnlyTheLinesOfWhatIsNoConnectionArePublished() throws Exception {
        t.events.setDetailed(false);
        logEverywhere();
        assertThat(linesSeen()).containsExactly("server task", "server callback", "lab");
    }

    @Test
    void withDetailEveryLineIsPublished() throws Exception {
        logEverywhere();
        assertThat(linesSeen()).containsExactly("connection task %r", "server task", "connection callback",
                "server callback", "lab");
    }

    /** Lines from a connection's task and a server's, then from callbacks attributed to each, then from the loop itself. */
    private void logEverywhere() throws Exception {
        OnLoop.call(t.loop, () -> t.loop.createTask("c", connection, () -> {
            log.debug("connection task %r", "x");
            return null;
        })).get(T);
        OnLoop.call(t.loop, () -> t.loop.createTask("s", server, () -> {
            log.debug("server task");
            return null;
        })).get(T);
        OnLoop.run(t.loop, () -> {
            t.loop.withOrigin(connection, () -> log.debug("connection callback"));
            t.loop.withOrigin(server, () -> log.debug("server callback"));
            log.debug("lab");
        });
        t.log.awaitLog("echo", "lab", T);
    }

    private List<String> linesSeen() {
        return t.log.ofKind(EventKind.LOG).stream().map(e -> e.text().replace("'x'", "%r")).toList();
    }
}
