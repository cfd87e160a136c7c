package netlab.ui.views;

import netlab.ui.bench.BenchItem;

/**
 * A section of the bench's inspector for the selected endpoint or connection: a StreamReader's
 * buffer, a subprocess's pipes. Made when such an item is selected, disposed when the selection
 * moves on.
 */
public interface EndpointView {
    /** Whether this view has something to show for {@code item}. */
    boolean appliesTo(BenchItem item);

    /** Message key of the section's title. */
    String titleKey();

    LabPart create(LabContext context, BenchItem item);
}
