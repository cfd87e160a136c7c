package netlab.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;

/**
 * What the lab remembers between runs: theme, language, window place, recent presets, the hosts
 * and ports last used. A thin typed layer over a {@link Preferences} node that the caller gives
 * (the user's node in the app, a {@link MemoryPreferences} in tests). Preferences write to memory
 * and persist on their own thread, so calling these from the FX thread does no I/O.
 */
public final class Settings {
    public static final int MAX_RECENT = 8;

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** Settings that are forgotten when the window closes. */
    public static Settings inMemory() {
        return new Settings(new MemoryPreferences());
    }

    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    /** The language chosen last time; null when none was (then the system's is used). */
    public Locale locale() {
        String tag = node.get("locale", null);
        return tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        put("locale", locale == null ? null : locale.toLanguageTag());
    }

    /** The window's last bounds; null when unknown or nonsensical. */
    public Rectangle2D windowBounds() {
        double w = node.getDouble("window-width", -1);
        double h = node.getDouble("window-height", -1);
        if (w < 200 || h < 200) {
            return null;
        }
        return new Rectangle2D(node.getDouble("window-x", 0), node.getDouble("window-y", 0), w, h);
    }

    public void setWindowBounds(Rectangle2D bounds) {
        node.putDouble("window-x", bounds.getMinX());
        node.putDouble("window-y", bounds.getMinY());
        node.putDouble("window-width", bounds.getWidth());
        node.putDouble("window-height", bounds.getHeight());
    }

    /** Preset ids opened lately, the latest first. */
    public List<String> recentPresets() {
        String all = node.get("presets-recent", "");
        List<String> out = new ArrayList<>();
        for (String id : all.split(",")) {
            if (!id.isBlank() && !out.contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    public void presetOpened(String id) {
        List<String> recent = recentPresets();
        recent.remove(id);
        recent.add(0, id);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        node.put("presets-recent", String.join(",", recent));
    }

    /** Workspaces opened or saved lately, the latest first (absolute paths). */
    public List<String> recentWorkspaces() {
        String all = node.get("workspaces-recent", "");
        List<String> out = new ArrayList<>();
        for (String path : all.split("\n")) {
            if (!path.isBlank() && !out.contains(path.strip())) {
                out.add(path.strip());
            }
        }
        return out;
    }

    public void workspaceUsed(String path) {
        List<String> recent = recentWorkspaces();
        recent.remove(path);
        recent.add(0, path);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        node.put("workspaces-recent", String.join("\n", recent));
    }
}
