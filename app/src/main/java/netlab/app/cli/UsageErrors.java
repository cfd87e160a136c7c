package netlab.app.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a wrong command line is answered: one line saying what is wrong and one saying where the
 * help is, exit status 2, whatever the mistake (a bad number, an unknown option, a missing
 * argument, a command that does not exist). The whole usage only comes with {@code --help}.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /** picocli's {@code IParameterExceptionHandler}: the short form for every parse error. */
    static int shortForm(ParameterException ex, String[] args) {
        CommandLine where = ex.getCommandLine();
        if (where.getParent() == null && args.length > 0 && !args[0].startsWith("-")
                && !where.getSubcommands().containsKey(args[0]) && !args[0].endsWith(".netlab.jsonl")) {
            // the first word is neither a command nor a recording: that is the mistake to name
            return unknownCommand(where, args[0]);
        }
        PrintWriter err = where.getErr();
        err.println(prefix(where) + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        }
        err.println(tryHelp(where));
        return ExitCodes.USAGE;
    }

    /**
     * Runs the parsed command, unless the first word named no command: {@code ./netlab nosuch
     * --help} says the command is unknown rather than printing the top help with status 0.
     */
    static int unknownCommandFirst(ParseResult parsed) {
        if (parsed.subcommand() == null && parsed.isUsageHelpRequested() && parsed.hasMatchedPositional(0)) {
            return unknownCommand(parsed.commandSpec().commandLine(), parsed.matchedPositional(0).getValue().toString());
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** {@code netlab: 'nosuch' is not a netlab command} and the commands there are; status 2. */
    static int unknownCommand(CommandLine top, String word) {
        PrintWriter err = top.getErr();
        err.println("netlab: '" + word + "' is not a netlab command (nor a recording to open); the commands are: "
                + String.join(", ", top.getSubcommands().keySet()) + ".");
        top.getSubcommands().keySet().stream()
                .filter(name -> word.length() >= 2 && (name.startsWith(word) || word.startsWith(name)))
                .findFirst().ifPresent(name -> err.println("Did you mean: " + name + "?"));
        err.println(tryHelp(top));
        return ExitCodes.USAGE;
    }

    private static String prefix(CommandLine where) {
        return where.getParent() == null ? "netlab: " : "netlab " + where.getCommandName() + ": ";
    }

    private static String tryHelp(CommandLine where) {
        return where.getParent() == null ? "Try './netlab --help'." : "Try './netlab " + where.getCommandName() + " --help'.";
    }
}
