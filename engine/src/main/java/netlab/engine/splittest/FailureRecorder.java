package netlab.engine.splittest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import netlab.engine.bytes.Bytes;
import netlab.engine.lab.Lab;
import netlab.engine.log.Logger;
import netlab.engine.record.RecordingHeader;
import netlab.engine.record.RecordingWriter;

/**
 * Runs the shrunk case once more in a lab of its own that records everything into a session file:
 * the writes as they were cut, what came back, and the verdict as a log line. {@code ./netlab
 * replay FILE} and the window's replay play it; its chunk map shows the split that broke it.
 */
final class FailureRecorder {
    private FailureRecorder() {
    }

    /** The case's result as it ran while recorded; empty when stopped meanwhile. Blocks the caller. */
    static Optional<CaseResult> record(SplitTestOptions options, SplitCase c, Bytes requests, Bytes expected, Path file,
                                       CompletableFuture<Void> stopRequested) throws InterruptedException {
        Lab lab = new Lab();
        RecordingWriter writer = RecordingWriter.start(lab.events(), file,
                RecordingHeader.now(lab.events().clock().startedAt(), "netlab splittest --to " + options.target()
                        + " --framing " + options.framing().spec() + " (" + c.name() + ")"));
        Logger log = lab.logging().getLogger("splittest");
        String chunkMap = c.plan().describe(requests, 400);
        Optional<CaseResult> result = Optional.empty();
        try {
            lab.loop().callSoonThreadsafe(() -> log.info("split test of " + options.target() + " (framing " + options.framing().spec()
                    + "): " + c.name() + ", " + c.plan().writeCount() + " writes: " + chunkMap));
            long t0 = System.nanoTime();
            CompletableFuture<CaseOutcome> ran = lab.onLoop(() -> CaseConnection.runToTheEnd(lab.loop(), options, c, requests, expected))
                    .toCompletableFuture();
            CompletableFuture.anyOf(ran, stopRequested).get();
            if (ran.isDone() && !ran.isCompletedExceptionally()) {
                CaseOutcome outcome = ran.join();
                lab.loop().callSoonThreadsafe(() -> log.info("split test verdict: "
                        + (outcome.passed() ? "passed this time: " : "FAIL: ") + outcome.describe()));
                result = Optional.of(new CaseResult(c, outcome, System.nanoTime() - t0, chunkMap));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            writer.endsBecause("the split test recorded its failure");
            lab.close(Duration.ofSeconds(2));
            try {
                writer.stop("the split test recorded its failure").get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // what was written is kept; the reader says what is missing
            }
        }
        return result;
    }
}
