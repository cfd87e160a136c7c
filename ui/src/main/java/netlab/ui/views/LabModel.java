package netlab.ui.views;

/**
 * State a view keeps about the bench whether or not the view is on screen, so that it can show
 * what happened before it was opened: made when the window opens (see the window's view catalog),
 * it is a subscriber from the first event on. Views find it through {@link LabContext#get(Class)}.
 */
public interface LabModel extends LabSubscriber {
}
