package netlab.engine.log;

import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.pytext.PyStr;

/**
 * Python's {@code print()} for the seed programs that print rather than log: the line goes to the
 * event stream as a LOG event with an empty logger, so the command line prints it bare, exactly as
 * the tutorial shows it, and the pane of whatever runs (the experiment, a connection) shows it.
 */
public final class Print {
    private Print() {
    }

    /** {@code print(*args)}: the arguments' {@code str()}, separated by one space. */
    public static void print(Object... args) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(PyStr.str(args[i]));
        }
        EventLoop loop = EventLoop.running();
        if (loop == null) {
            throw new IllegalStateException("print() belongs on the loop thread, where the program runs: " + line);
        }
        Origin origin = loop.currentOrigin();
        loop.events().log(origin != null ? origin : EventStream.LAB_ORIGIN, "", line.toString());
    }
}
