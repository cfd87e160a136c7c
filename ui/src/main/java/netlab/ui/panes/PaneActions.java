package netlab.ui.panes;

/** What a person can do from a pane's header; carried out by the view model, which owns the lab. */
@FunctionalInterface
public interface PaneActions {
    /** Stops the endpoint the pane belongs to (a client left waiting without half-close, say). */
    void stopEndpoint(String endpointId);

    PaneActions NONE = id -> {
    };
}
