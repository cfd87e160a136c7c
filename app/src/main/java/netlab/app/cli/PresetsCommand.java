package netlab.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import netlab.app.preset.PresetLibrary;
import netlab.engine.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "presets", description = "List the presets (the experiments of the seeds).")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the titles (default: the system's).")
    String lang;

    @Option(names = {"-l", "--long"}, description = "Also print each preset's summary.")
    boolean longFormat;

    private final PresetLibrary library;

    PresetsCommand(PresetLibrary library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        if (lang != null && !lang.strip().toLowerCase(Locale.ROOT).matches("en([-_].*)?|zh([-_].*)?")) {
            throw new CliException("--lang must be en or zh, was '" + lang + "'");
        }
        Locale locale = lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang.strip().replace('_', '-'));
        int width = library.ids().stream().mapToInt(String::length).max().orElse(10);
        for (Preset p : library.all()) {
            spec.commandLine().getOut().printf("%-" + width + "s  seed %-8s %s%n", p.id(), p.seed(), p.title().get(locale));
            if (longFormat) {
                spec.commandLine().getOut().println("    " + p.summary().get(locale));
            }
        }
        for (String problem : library.problems()) {
            spec.commandLine().getErr().println("netlab presets: not loaded: " + problem);
        }
        return library.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
