package netlab.engine.tls;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.function.Function;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/** Puts TLS on a channel, and says what a handshake agreed on, as a pane shows it. */
public final class Tls {
    private Tls() {
    }

    /** The handler a server's accepted channel gets first in its pipeline. */
    public static Function<Channel, SslHandler> server(TlsServerOptions options) {
        SslContext ctx = options.context();
        return ch -> ctx.newHandler(ch.alloc());
    }

    /** The handler a client's channel gets; {@code host} is checked against the certificate unless insecure. */
    public static Function<Channel, SslHandler> client(TlsClientOptions options, String host, int port) {
        SslContext ctx = options.context();
        String name = options.serverHostname() != null ? options.serverHostname() : host;
        return ch -> ctx.newHandler(ch.alloc(), name, port);
    }

    /** {@code TLSv1.3 TLS_AES_128_GCM_SHA256; peer certificate CN=..., issuer ..., valid to ..., SHA-256 ...}. */
    public static String describe(SSLSession session) {
        X509Certificate peer = peerCertificate(session);
        if (peer == null) {
            return netlab.engine.event.LabSentences.TLS_NO_PEER.say(session.getProtocol(), session.getCipherSuite());
        }
        String subject = peer.getSubjectX500Principal().getName();
        String until = String.valueOf(peer.getNotAfter().toInstant());
        String fingerprint = LabCertificate.fingerprint(peer);
        return peer.getSubjectX500Principal().equals(peer.getIssuerX500Principal())
                ? netlab.engine.event.LabSentences.TLS_SELF_SIGNED.say(session.getProtocol(), session.getCipherSuite(), subject, until,
                fingerprint)
                : netlab.engine.event.LabSentences.TLS_ISSUED.say(session.getProtocol(), session.getCipherSuite(), subject,
                peer.getIssuerX500Principal().getName(), until, fingerprint);
    }

    /** The peer's certificate ({@code getpeercert()}), or null when it sent none (a client, usually). */
    public static X509Certificate peerCertificate(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? x : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }
}
