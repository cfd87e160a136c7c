package netlab.engine.port;

import java.util.concurrent.CompletableFuture;

import netlab.engine.load.LoadResult;

/** A load run in progress; its progress reaches whoever started it, twice a second. */
public interface RunningLoad {
    /** Done with the figures when the run is over, however it ended. */
    CompletableFuture<LoadResult> result();

    /** Ends the run early; done with what was measured so far. */
    CompletableFuture<LoadResult> stop();
}
