package netlab.engine.tls;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import netlab.engine.errors.SSLCertVerificationError;
import netlab.engine.errors.SSLError;

/** Java's TLS failures under Python's names and OpenSSL's words, so a pane reads like the tutorial. */
public final class TlsErrors {
    private TlsErrors() {
    }

    /** The Python exception for a handshake failure, or null when {@code t} is not one. */
    public static SSLError translate(Throwable t) {
        Throwable cause = t;
        while (cause instanceof DecoderException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof NotSslRecordException) {
            return new SSLError("[SSL: WRONG_VERSION_NUMBER] wrong version number (the peer does not speak TLS)", t);
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            // the JDK's "PKIX path building failed" is a CertificateException (ValidatorException)
            if (c instanceof CertPathValidatorException || c instanceof CertificateException) {
                return new SSLCertVerificationError(certReason(c), t);
            }
        }
        if (cause instanceof SSLHandshakeException || cause instanceof SSLException) {
            String m = String.valueOf(cause.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("certificate_unknown") || lower.contains("bad_certificate") || lower.contains("unknown_ca")) {
                return new SSLError("[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (the peer did not trust our certificate)", t);
            }
            if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
                return new SSLCertVerificationError("Hostname mismatch, certificate is not valid for this host (" + m + ")", t);
            }
            if (lower.contains("unrecognized ssl message") || lower.contains("plaintext")) {
                return new SSLError("[SSL: WRONG_VERSION_NUMBER] wrong version number (the peer does not speak TLS)", t);
            }
            return new SSLError("[SSL] " + m, t);
        }
        return null;
    }

    private static String certReason(Throwable c) {
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no subject alternative") || m.contains("no name matching")) {
            return "Hostname mismatch, certificate is not valid for this host";
        }
        if (m.contains("expired") || m.contains("notafter")) {
            return "certificate has expired";
        }
        return "self-signed certificate (not trusted: pass its PEM to trust it, or skip verification)";
    }
}
