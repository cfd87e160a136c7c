package netlab.engine.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * TLS for a server: its certificate ({@link LabCertificate#shared()}, made on the fly, unless
 * another is given). The context is built once and shared by every connection.
 */
public record TlsServerOptions(LabCertificate certificate, SslContext context) {
    public static TlsServerOptions selfSigned() {
        return of(LabCertificate.shared());
    }

    public static TlsServerOptions of(LabCertificate certificate) {
        try {
            SslContext ctx = SslContextBuilder.forServer(certificate.key(), certificate.certificate())
                    .sslProvider(SslProvider.JDK)
                    .build();
            return new TlsServerOptions(certificate, ctx);
        } catch (javax.net.ssl.SSLException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
