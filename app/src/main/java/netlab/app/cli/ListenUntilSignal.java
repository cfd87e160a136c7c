package netlab.app.cli;

import java.time.Duration;
import java.util.function.Function;

import netlab.engine.lab.Endpoint;
import netlab.engine.lab.Lab;
import netlab.engine.loop.LoopFuture;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code serve} and {@code relay} do once their spec is read: a lab whose one endpoint
 * listens until SIGINT or SIGTERM, then stops (its connections closed), and the loop closes.
 */
final class ListenUntilSignal {
    private ListenUntilSignal() {
    }

    /**
     * Starts the endpoint {@code start} makes on a new session's lab and runs until a signal.
     *
     * @param where where it was asked to listen, for the message when it cannot
     */
    static int run(CommandSpec command, OutputOptions output, String where, Function<Lab, LoopFuture<? extends Endpoint>> start)
            throws Exception {
        try (Session session = new Session(command.commandLine().getOut(), output.verbosity(), output.recording(command))) {
            // handled before the endpoint announces itself: a signal right after "starting up" must
            // find the handler in place, or the JVM's default would end the process with 130
            session.handleSignals();
            Endpoint endpoint;
            try {
                endpoint = start.apply(session.lab()).get(Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                session.close();
                command.commandLine().getErr().println("netlab " + command.name() + ": cannot listen on " + where + ": " + e);
                command.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            session.awaitSignal();
            endpoint.stop().get(Duration.ofSeconds(10));
            session.main().debug("closing event loop");
        }
        return ExitCodes.OK;
    }
}
