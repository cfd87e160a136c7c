package netlab.app;

import java.time.Duration;

import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.subprocess.ProcessSpec;

/**
 * A process that holds a lab running a child ({@code sleep 1000}) as the lab window's process
 * does, prints the child's pid, and waits to be stopped by a signal. With {@code bare} it has no
 * {@link GuiShutdown}: what the window's process was before it had one.
 */
public final class LabHoldingAChild {
    private LabHoldingAChild() {
    }

    public static void main(String[] args) throws Exception {
        Lab lab = new Lab();
        if (!(args.length > 0 && args[0].equals("bare"))) {
            new GuiShutdown(lab);
        }
        ProcessEndpoint child = lab.startProcess(ProcessSpec.exec("sleep", "1000"), Duration.ofMillis(500)).get(Duration.ofSeconds(30));
        System.out.println("child " + child.pid());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5));
    }
}
