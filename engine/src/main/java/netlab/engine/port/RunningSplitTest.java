package netlab.engine.port;

import java.util.concurrent.CompletableFuture;

import netlab.engine.splittest.SplitTestResult;

/** A split test in progress; each case reaches whoever started it as it ends. */
public interface RunningSplitTest {
    /** Done with the verdict and every case when the test is over, however it ended. */
    CompletableFuture<SplitTestResult> result();

    /** Ends the test now; done with what ran so far. */
    CompletableFuture<SplitTestResult> stop();
}
