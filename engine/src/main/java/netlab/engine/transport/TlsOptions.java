package netlab.engine.transport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a TLS client checks the server ({@code ssl=True} or an SSLContext in asyncio): against the
 * system's trusted authorities and the host name by default; against one trusted certificate (a
 * local test server's); or not at all, which a person must ask for ({@code --insecure}).
 *
 * @param verify      whether to check the certificate chain and the host name
 * @param trustedCert a PEM certificate to trust instead of the system's authorities; may be null
 */
public record TlsOptions(boolean verify, Path trustedCert) {
    public static final TlsOptions DEFAULT = new TlsOptions(true, null);
    public static final TlsOptions INSECURE = new TlsOptions(false, null);

    public TlsOptions {
        if (trustedCert != null && !Files.isReadable(trustedCert)) {
            throw new IllegalArgumentException("cannot read the certificate to trust: " + trustedCert);
        }
    }

    public static TlsOptions trusting(Path pemCertificate) {
        return new TlsOptions(true, pemCertificate);
    }
}
