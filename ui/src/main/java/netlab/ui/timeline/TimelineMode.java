package netlab.ui.timeline;

/** How the timeline's visible window follows the events. */
public enum TimelineMode {
    /** Every event in sight: the window grows with the run. */
    FIT,
    /** The latest events in sight at the zoom chosen: the window slides with the run. */
    FOLLOW,
    /** Where the person put it: the window stays. */
    MANUAL
}
