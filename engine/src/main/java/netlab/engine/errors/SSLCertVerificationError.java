package netlab.engine.errors;

/** Python's {@code ssl.SSLCertVerificationError}: the peer's certificate is not trusted or not for this host. */
public class SSLCertVerificationError extends SSLError {
    public SSLCertVerificationError(String message, Throwable cause) {
        super("SSLCertVerificationError", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + message, cause);
    }
}
