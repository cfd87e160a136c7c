package netlab.engine.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/**
 * TLS for a client, as Python's {@code ssl} contexts: verify the server against the given
 * certificates ({@code cafile}) and check its name, or — {@code insecure} — skip both
 * ({@code check_hostname = False; verify_mode = CERT_NONE}). With neither, the JDK's trusted CAs
 * are used, as {@code ssl.create_default_context()} uses the system's.
 *
 * @param serverHostname the name checked against the certificate; the host connected to when null
 */
public record TlsClientOptions(boolean skipVerify, List<X509Certificate> trusted, String serverHostname) {
    public TlsClientOptions {
        trusted = List.copyOf(trusted == null ? List.of() : trusted);
        if (skipVerify && !trusted.isEmpty()) {
            throw new IllegalArgumentException("choose either to trust given certificates or to skip verification, not both");
        }
    }

    public static TlsClientOptions insecure() {
        return new TlsClientOptions(true, List.of(), null);
    }

    public static TlsClientOptions trusting(X509Certificate... certificates) {
        return new TlsClientOptions(false, List.of(certificates), null);
    }

    /** Trusts the certificates in a PEM file; a missing or unreadable file is refused with a clear message. */
    public static TlsClientOptions trustingPem(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read the certificate file " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(file + " holds no PEM certificate");
            }
            return new TlsClientOptions(false, certs, null);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException(file + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    public static TlsClientOptions systemTrust() {
        return new TlsClientOptions(false, List.of(), null);
    }

    public TlsClientOptions withServerHostname(String name) {
        return new TlsClientOptions(skipVerify, trusted, name);
    }

    SslContext context() {
        try {
            SslContextBuilder b = SslContextBuilder.forClient().sslProvider(SslProvider.JDK);
            if (skipVerify) {
                b.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else if (!trusted.isEmpty()) {
                b.trustManager(trusted);
            }
            if (!skipVerify) {
                b.endpointIdentificationAlgorithm("HTTPS");
            } else {
                b.endpointIdentificationAlgorithm(null);
            }
            return b.build();
        } catch (javax.net.ssl.SSLException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
