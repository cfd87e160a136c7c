package netlab.engine.subprocess;

/** Where a child's stdin, stdout or stderr goes ({@code asyncio.subprocess.PIPE} and the rest). */
public enum Redirect {
    /** A pipe to the lab: the child's output arrives as pipe_data_received; its stdin is written from the lab. */
    PIPE,
    /** {@code /dev/null}. */
    DEVNULL,
    /** The lab's own stdin, stdout or stderr ({@code None} in asyncio). */
    INHERIT,
    /** stderr only: into the same pipe as stdout ({@code asyncio.subprocess.STDOUT}). */
    STDOUT
}
