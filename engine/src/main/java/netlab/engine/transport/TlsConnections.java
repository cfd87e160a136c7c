package netlab.engine.transport;

import java.net.InetSocketAddress;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PyErrors;
import netlab.engine.errors.PyException;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Resolver;
import netlab.engine.net.SocketAddr;

/**
 * {@code loop.create_connection(..., ssl=...)} for a TLS client: TCP as {@link TcpSockets} does it,
 * with a TLS handshake in front of the protocol; done once the handshake has succeeded. A failed
 * verification is Python's {@code SSLCertVerificationError}. (The HTTP header fetcher of seed 001
 * #12 needs only this client side.)
 */
public final class TlsConnections {
    private TlsConnections() {
    }

    public static <P extends Protocol> LoopFuture<Connected<P>> createConnection(EventLoop loop, Supplier<P> factory,
                                                                                ConnectOptions options, TlsOptions tls) {
        LoopFuture<Connected<P>> result = loop.createFuture();
        SslContext context;
        try {
            context = context(tls);
        } catch (SSLException | RuntimeException e) {
            result.setException(new PyException("SSLError", String.valueOf(e.getMessage()), e));
            return result;
        }
        Resolver.resolve(loop, options.host(), options.port()).addDoneCallback(resolved -> {
            if (result.done()) {
                return;
            }
            if (resolved.exception() != null) {
                result.setException(resolved.exception());
                return;
            }
            tryConnect(loop, factory, options, tls, context, resolved.result(), 0, new ArrayList<>(), result);
        });
        return result;
    }

    static SslContext context(TlsOptions tls) throws SSLException {
        SslContextBuilder b = SslContextBuilder.forClient();
        if (!tls.verify()) {
            b.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else if (tls.trustedCert() != null) {
            b.trustManager(tls.trustedCert().toFile());
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <P extends Protocol> void tryConnect(EventLoop loop, Supplier<P> factory, ConnectOptions options, TlsOptions tls,
                                                        SslContext context, List<InetSocketAddress> addresses, int index,
                                                        List<RuntimeException> failures, LoopFuture<Connected<P>> result) {
        if (result.done()) {
            return;
        }
        if (index == addresses.size()) {
            result.setException(failures.size() == 1 ? failures.get(0)
                    : new OSError(0, "Multiple exceptions: " + failures.stream().map(Object::toString).toList()));
            return;
        }
        InetSocketAddress target = addresses.get(index);
        LoopFuture<Connected<Protocol>> connected = loop.createFuture();
        ConnectionSetup setup = new ConnectionSetup(loop, options.endpoint(), Role.CLIENT, peer -> options.label(),
                factory, options.limits(), new ConnectionGroup(options.endpoint()), connected);
        SslHandler[] ssl = new SslHandler[1];
        ChannelFuture attempt = new Bootstrap()
                .group(loop.netty())
                .channel(loop.transport().socketChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ssl[0] = context.newHandler(ch.alloc(), options.host(), options.port());
                        if (tls.verify()) {
                            SSLEngine engine = ssl[0].engine();
                            SSLParameters params = engine.getSSLParameters();
                            params.setEndpointIdentificationAlgorithm("HTTPS");
                            engine.setSSLParameters(params);
                        }
                        ch.pipeline().addLast(ssl[0], new ProtocolHandler(setup));
                    }
                })
                .connect(target);
        attempt.addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                failures.add(PyErrors.translate(f.cause(), SocketAddr.of(target).toPyTuple()));
                tryConnect(loop, factory, options, tls, context, addresses, index + 1, failures, result);
                return;
            }
            ssl[0].handshakeFuture().addListener(h -> {
                if (!h.isSuccess()) {
                    result.trySetException(translate(h.cause(), options.host()));
                    f.channel().close();
                    return;
                }
                connected.addDoneCallback(c -> {
                    if (c.exception() != null) {
                        result.trySetException(c.exception());
                    } else if (!result.trySetResult((Connected<P>) (Connected<?>) c.result())) {
                        c.result().transport().abort(); // cancelled meanwhile
                    }
                });
            });
        });
        result.addDoneCallback(r -> {
            if (r.cancelled()) {
                attempt.channel().close();
            }
        });
    }

    /** As Python's ssl module names them: SSLCertVerificationError for a certificate, SSLError otherwise. */
    static RuntimeException translate(Throwable t, String host) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("No subject alternative") || m.contains("No name matching")) {
                return new PyException("SSLCertVerificationError", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                        + "Hostname mismatch, certificate is not valid for '" + host + "'", t);
            }
            if (c instanceof CertificateException || c instanceof CertPathValidatorException
                    || c.getClass().getName().contains("CertPathBuilderException")) {
                return new PyException("SSLCertVerificationError", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + m, t);
            }
        }
        return new PyException("SSLError", String.valueOf(t.getMessage()), t);
    }
}
