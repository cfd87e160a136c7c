package netlab.engine.workspace;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the window showed a bench when it was saved: the view in front (panes, chunks, timeline...),
 * whether the side bar was out, whether the lesson's banner was folded, and the preset that was open
 * (none for a bench built by hand). Opening the workspace puts the window back this way.
 */
public record WorkspaceLayout(String view, boolean sideBar, boolean bannerFolded, String preset) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** As a first start shows it: the panes, the side bar out, the banner unfolded, no preset. */
    public static final WorkspaceLayout DEFAULT = new WorkspaceLayout("panes", true, false, null);

    public WorkspaceLayout {
        Objects.requireNonNull(view, "view");
        if (!ID.matcher(view).matches()) {
            throw new IllegalArgumentException("a view is named by its id (letters, digits, '.', '_', '-'), was '" + view + "'");
        }
        if (preset != null && !ID.matcher(preset).matches()) {
            throw new IllegalArgumentException("a preset is named by its id (letters, digits, '.', '_', '-'), was '" + preset + "'");
        }
    }
}
