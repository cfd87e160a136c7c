package netlab.engine.errors;

/**
 * Python's {@code ssl.SSLError}: a TLS handshake or record failed. The message follows OpenSSL's
 * wording as Python prints it ({@code [SSL: WRONG_VERSION_NUMBER] wrong version number}) where
 * there is an equivalent, so a class can hold it next to the tutorial's.
 */
public class SSLError extends OSError {
    public SSLError(String message, Throwable cause) {
        this("SSLError", message, cause);
    }

    protected SSLError(String pyType, String message, Throwable cause) {
        super(pyType, 0, message, cause);
    }
}
