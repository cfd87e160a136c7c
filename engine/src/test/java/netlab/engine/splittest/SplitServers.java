package netlab.engine.splittest;

import java.io.IOException;
import java.time.Duration;

import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.Python;

/** The python3 servers written for the split test (splittest/split_servers.py), each on a free port. */
public final class SplitServers {
    private SplitServers() {
    }

    /** A running server and its port; closing it ends the process. */
    public record Running(ExternalProcess process, int port) implements AutoCloseable {
        @Override
        public void close() {
            process.close();
        }
    }

    /** Starts {@code mode} (readline, read, length, hang); the test is skipped when there is no python3. */
    public static Running start(String mode) throws IOException, InterruptedException {
        Python.require("to run the split test's asyncio servers");
        ExternalProcess p = Python.start("/splittest/split_servers.py", mode, "0");
        String up = p.awaitLine(l -> l.startsWith("listening on "), Duration.ofSeconds(30));
        return new Running(p, Integer.parseInt(up.substring(up.lastIndexOf(' ') + 1).strip()));
    }
}
