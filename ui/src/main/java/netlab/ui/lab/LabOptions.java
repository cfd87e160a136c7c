package netlab.ui.lab;

import java.util.List;
import java.util.Locale;

import netlab.engine.preset.Preset;
import netlab.ui.code.CodeSample;
import netlab.ui.settings.Settings;

/**
 * What a lab window is given, all of it loaded before the window opens (the window does no I/O):
 * the preset library, the code shown beside the runs, and where to remember settings.
 *
 * @param locale the language to start in; null: the one chosen last time, else the system's
 * @param replay  true for a window that replays a recording: nothing runs, so the forms that make
 *                endpoints, the library and the loop's tools are left out
 * @param userPresets the ids of the presets that are the teacher's own (or their edited copy of a
 *                    built-in one): the library marks them
 */
public record LabOptions(Locale locale, List<Preset> presets, List<CodeSample> code, Settings settings, boolean replay,
                         java.util.Set<String> userPresets) {
    public LabOptions {
        userPresets = userPresets == null ? java.util.Set.of() : java.util.Set.copyOf(userPresets);
        presets = List.copyOf(presets);
        code = List.copyOf(code);
        settings = settings == null ? Settings.inMemory() : settings;
    }

    public LabOptions(Locale locale, List<Preset> presets, List<CodeSample> code, Settings settings, boolean replay) {
        this(locale, presets, code, settings, replay, java.util.Set.of());
    }

    public LabOptions(Locale locale, List<Preset> presets, List<CodeSample> code, Settings settings) {
        this(locale, presets, code, settings, false);
    }

    /** These options with {@code ids} marked as the teacher's own presets. */
    public LabOptions withUserPresets(java.util.Set<String> ids) {
        return new LabOptions(locale, presets, code, settings, replay, ids);
    }

    /** The options of a window replaying a recording: the same code beside the run, no presets, nothing remembered but the look. */
    public LabOptions forReplay(Locale shown) {
        Settings look = Settings.inMemory();
        look.put("theme", settings.get("theme", "light"));
        return new LabOptions(shown, List.of(), code, look, true);
    }

    /** No presets, no code, nothing remembered: a bare bench (tests, the flood benchmark). */
    public static LabOptions bare(Locale locale) {
        return new LabOptions(locale, List.of(), List.of(), Settings.inMemory());
    }

    /** The language to show: the one given, else the one chosen last time, else the system's. */
    public Locale startLocale() {
        Locale chosen = locale != null ? locale : settings.locale() != null ? settings.locale() : Locale.getDefault();
        return supported(chosen);
    }

    /** English or Simplified Chinese, the two languages the lab speaks. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
