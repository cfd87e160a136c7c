package netlab.ui;

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
 */
public record LabOptions(Locale locale, List<Preset> presets, List<CodeSample> code, Settings settings) {
    public LabOptions {
        presets = List.copyOf(presets);
        code = List.copyOf(code);
        settings = settings == null ? Settings.inMemory() : settings;
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
