package netlab.engine.transport;

/**
 * Write-buffer limits: the protocol is paused above {@code high} bytes and resumed at or below
 * {@code low}. asyncio's defaults are 64 KiB and a quarter of that.
 */
public record WaterMarks(int high, int low) {
    public static final WaterMarks DEFAULT = new WaterMarks(64 * 1024, 16 * 1024);

    public WaterMarks {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("high (" + high + ") must be >= low (" + low + ") >= 0");
        }
    }

    /** asyncio's {@code set_write_buffer_limits(high)}: low defaults to a quarter of high. */
    public static WaterMarks ofHigh(int high) {
        return new WaterMarks(high, high / 4);
    }
}
