package netlab.engine.splittest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import netlab.engine.bytes.Bytes;
import netlab.engine.lab.Lab;
import netlab.engine.loop.LoopFuture;

/**
 * A split test in progress: on a thread of its own (it waits for each case in turn) and a lab of
 * its own (one loop for the connections), it learns the responses if asked, runs the grid,
 * shrinks the first failure and saves it as a recording. {@link #result()} is done when it is over;
 * {@link #stop()} ends it at once with what ran so far.
 */
public final class SplitTestRun {
    static final int RECORDING_ATTEMPTS = 3;

    private final SplitTestOptions options;
    private final Conversation given;
    private final boolean learn;
    private final Consumer<SplitTestProgress> progress;
    private final CompletableFuture<SplitTestResult> result = new CompletableFuture<>();
    private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
    private final List<CaseResult> ran = new ArrayList<>();
    private final long started = System.nanoTime();
    private Lab lab;
    private volatile int planned;
    private long bytesSent;

    private SplitTestRun(SplitTestOptions options, Conversation conversation, boolean learn, Consumer<SplitTestProgress> progress) {
        this.options = options;
        this.given = conversation;
        this.learn = learn;
        this.progress = progress == null ? p -> { } : progress;
    }

    /** Starts a run; {@code progress} hears each case and each phase, on the run's thread. */
    public static SplitTestRun start(SplitTestOptions options, Conversation conversation, boolean learn,
                                     Consumer<SplitTestProgress> progress) {
        SplitTestRun run = new SplitTestRun(options, conversation, learn, progress);
        Thread t = new Thread(run::drive, "netlab-splittest");
        t.setDaemon(true);
        t.start();
        return run;
    }

    public CompletableFuture<SplitTestResult> result() {
        return result.copy();
    }

    /** Ends the run now (the case in flight is dropped); done with what ran so far. Any thread. */
    public CompletableFuture<SplitTestResult> stop() {
        stopRequested.complete(null);
        return result.copy();
    }

    private void drive() {
        try {
            lab = new Lab();
            lab.events().setDetailed(false);
            lab.loop().controls().setTracing(false);
            result.complete(runAll());
        } catch (Throwable t) {
            result.complete(notRun(given.source(), "the split test broke: " + t));
        } finally {
            if (lab != null) {
                lab.close();
            }
        }
    }

    private SplitTestResult runAll() throws InterruptedException {
        Bytes requests = given.requests();
        List<Framing.Message> messages;
        try {
            messages = options.framing().messages(requests);
        } catch (FramingMismatch e) {
            return notRun(given.source(), e.getMessage());
        }
        Conversation conversation = given;
        SplitPlan reference = SplitPlan.perMessage(messages, requests.size());
        if (learn) {
            progress.accept(new SplitTestProgress("learning", 0, 0, null));
            SplitCase learning = new SplitCase(0, SplitCase.Kind.PER_MESSAGE, "learning the responses", reference);
            Optional<CaseConnection.Learned> learned = await(lab.onLoop(() -> CaseConnection.learn(lab.loop(), options, learning, requests)));
            if (learned.isEmpty()) {
                return finish(conversation, List.of(), Optional.empty(), 0, Optional.empty(), Optional.of("stopped"));
            }
            if (learned.get().problem() != null) {
                return notRun(conversation.source(), learned.get().problem());
            }
            conversation = conversation.withLearnedResponses(learned.get().bytes(), options.target().toString());
        }
        Bytes expected = conversation.responses();
        List<SplitCase> grid = CaseGrid.build(requests, messages, options.maxCases(), options.seed());
        planned = grid.size();
        progress.accept(new SplitTestProgress("running", 0, planned, null));
        Optional<String> stopReason = Optional.empty();
        for (SplitCase c : grid) {
            if (bytesSent + requests.size() > options.maxBytes()) {
                stopReason = Optional.of("the byte cap of " + options.maxBytes() + " bytes was reached");
                break;
            }
            Optional<CaseResult> r = runCase(c, requests, expected);
            if (r.isEmpty()) {
                stopReason = Optional.of("stopped");
                break;
            }
            ran.add(r.get());
            progress.accept(new SplitTestProgress("running", ran.size(), planned, r.get()));
            if (ran.size() == 1 && r.get().outcome() instanceof CaseOutcome.Unreachable u) {
                return notRun(conversation.source(), "cannot connect to " + options.target() + ": " + u.error());
            }
        }
        Optional<CaseResult> first = ran.stream().filter(r -> !r.passed()).findFirst();
        if (first.isEmpty() || stopReason.filter("stopped"::equals).isPresent()) {
            return finish(conversation, ran, Optional.empty(), 0, Optional.empty(), stopReason);
        }
        return shrinkAndRecord(conversation, first.get(), reference, messages, requests, expected, stopReason);
    }

    private SplitTestResult shrinkAndRecord(Conversation conversation, CaseResult failure, SplitPlan reference, List<Framing.Message> messages,
                                            Bytes requests, Bytes expected, Optional<String> stopReason) throws InterruptedException {
        SplitPlan smallest = failure.splitCase().plan();
        int runs = 0;
        if (failure.splitCase().kind() != SplitCase.Kind.PER_MESSAGE) {
            progress.accept(new SplitTestProgress("shrinking", ran.size(), planned, failure));
            String tag = failure.outcome().tag();
            Shrinker shrinker = new Shrinker(reference, messages, options.maxShrinkRuns(), plan -> {
                try {
                    Optional<CaseResult> r = runCase(new SplitCase(0, SplitCase.Kind.SHRUNK, "shrinking", plan), requests, expected);
                    return r.isPresent() && r.get().outcome().tag().equals(tag);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            smallest = shrinker.shrink(smallest);
            runs = shrinker.runs();
        }
        if (stopRequested.isDone()) {
            return finish(conversation, ran, Optional.empty(), runs, Optional.empty(), Optional.of("stopped"));
        }
        SplitCase shrunkCase = new SplitCase(ran.size() + 1, SplitCase.Kind.SHRUNK, "smallest failing split of case "
                + failure.splitCase().number(), smallest);
        Optional<Path> file = options.recordTo();
        Optional<CaseResult> shrunk;
        if (file.isPresent()) {
            progress.accept(new SplitTestProgress("recording", ran.size(), planned, failure));
            // a timing bug may not show on every run: the recording is made again (at most 3 times) until it shows
            shrunk = Optional.empty();
            for (int attempt = 0; attempt < RECORDING_ATTEMPTS; attempt++) {
                shrunk = FailureRecorder.record(options, shrunkCase, requests, expected, file.get(), stopRequested);
                if (shrunk.isEmpty() || shrunk.get().outcome().tag().equals(failure.outcome().tag())) {
                    break;
                }
            }
        } else {
            shrunk = runCase(shrunkCase, requests, expected);
        }
        return finish(conversation, ran, shrunk, runs, shrunk.isPresent() ? file : Optional.empty(), stopReason);
    }

    /** Runs one case on the lab's loop; empty when the run was stopped meanwhile. */
    private Optional<CaseResult> runCase(SplitCase c, Bytes requests, Bytes expected) throws InterruptedException {
        if (stopRequested.isDone()) {
            return Optional.empty();
        }
        bytesSent += requests.size();
        long t0 = System.nanoTime();
        Optional<CaseOutcome> outcome = await(lab.onLoop(() -> CaseConnection.run(lab.loop(), options, c, requests, expected)));
        return outcome.map(o -> new CaseResult(c, o, System.nanoTime() - t0, c.plan().describe(requests, 400)));
    }

    /** The future's value, or empty when the run was stopped first. */
    private <T> Optional<T> await(LoopFuture<T> f) throws InterruptedException {
        CompletableFuture<T> done = f.toCompletableFuture();
        try {
            CompletableFuture.anyOf(done, stopRequested).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return done.isDone() && !done.isCompletedExceptionally() ? Optional.of(done.join()) : Optional.empty();
    }

    private SplitTestResult finish(Conversation conversation, List<CaseResult> cases, Optional<CaseResult> shrunk, int runs,
                                   Optional<Path> recording, Optional<String> stopReason) {
        return new SplitTestResult(options.target().toString(), options.framing().spec(), conversation.source(), planned, cases,
                shrunk, runs, recording, Optional.empty(), stopReason, System.nanoTime() - started);
    }

    private SplitTestResult notRun(String source, String problem) {
        return new SplitTestResult(options.target().toString(), options.framing().spec(), source, planned, ran, Optional.empty(), 0,
                Optional.empty(), Optional.of(problem), Optional.empty(), System.nanoTime() - started);
    }
}
