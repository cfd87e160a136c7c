package netlab.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ExperimentEndpoint;
import netlab.engine.lab.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "head", sortOptions = false,
        description = {"Fetch a URL's HTTP headers as seed 001 #12 does: a HEAD request written over a raw stream (http, or",
                "https over TLS), each header printed as 'HTTP header> ...'. Exits 0 when it got an answer, 1 when it could not."})
final class HeadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "http://HOST[:PORT]/PATH or https://...")
    String url;

    @Option(names = {"-k", "--insecure"}, description = "Do not check the server's certificate (as curl -k).")
    boolean insecure;

    @Option(names = {"--cafile", "--cacert"}, paramLabel = "PEM", description = "Trust this certificate (a local test server's) instead of the system's authorities.")
    Path cafile;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new CliException("the URL must start with http:// or https://, was " + url);
        }
        if (cafile != null && !Files.isReadable(cafile)) {
            throw new CliException("cannot read --cafile " + cafile);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("url", url);
        params.put("insecure", Boolean.toString(insecure));
        if (cafile != null) {
            params.put("cafile", cafile.toString());
        }
        int status;
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity(), output.recording(spec))) {
            session.handleSignals();
            ExperimentEndpoint head = session.lab().startExperiment(new ExperimentSpec("http-head", "http-head", params))
                    .get(Duration.ofSeconds(10));
            if (!session.awaitDoneOrSignal(head.finished(), Duration.ofSeconds(timeoutSeconds))) {
                head.stop().get(Duration.ofSeconds(10));
                status = session.wasInterrupted() ? ExitCodes.INTERRUPTED : ExitCodes.FAILED;
            } else {
                status = head.state() == EndpointState.FINISHED ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
        return status;
    }
}
