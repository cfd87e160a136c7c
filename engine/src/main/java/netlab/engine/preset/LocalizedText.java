package netlab.engine.preset;

import java.util.Locale;
import java.util.Map;

/** A text in several languages, keyed by language tag ({@code en}, {@code zh}); English is the fallback. */
public record LocalizedText(Map<String, String> byLanguage) {
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of("en", text));
    }

    public String get(Locale locale) {
        String exact = byLanguage.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        String language = byLanguage.get(locale.getLanguage());
        if (language != null) {
            return language;
        }
        return english();
    }

    public String english() {
        return byLanguage.getOrDefault("en", byLanguage.values().stream().findFirst().orElse(""));
    }
}
