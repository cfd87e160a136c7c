package netlab.app.cli;

/** Bad input on the command line: printed with the usage hint, exit status 2. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
