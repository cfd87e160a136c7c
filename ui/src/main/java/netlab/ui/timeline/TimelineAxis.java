package netlab.ui.timeline;

/**
 * What runs across the timeline. A lesson reads it as a sequence diagram: one slot per event in
 * the order they happened, so a write and the read that got its bytes sit apart however close
 * their times were. Wall-clock shows when they happened (how long a step or a pause lasted).
 */
public enum TimelineAxis {
    /** One slot per event, in sequence order (the default). */
    ORDER,
    /** Time as the event clock measured it. */
    WALL_CLOCK;

    /** A slot's width in the viewport's units (which are nanoseconds on the wall-clock axis). */
    public static final long SLOT = 1_000_000L;

    /** The setting that remembers the choice. */
    public static final String SETTING = "timelineAxis";

    static TimelineAxis parse(String name) {
        for (TimelineAxis a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return ORDER;
    }
}
