package netlab.ui.views;

/**
 * A section of the bench's inspector for the selected endpoint or connection: a StreamReader's
 * buffer, a subprocess's pipes. Made when such an item is selected, disposed when the selection
 * moves on.
 */
public interface EndpointView {
    /** Whether this view has something to show for {@code selected}. */
    boolean appliesTo(Selection selected);

    /** Message key of the section's title. */
    String titleKey();

    LabPart create(LabContext context, Selection selected);
}
