package netlab.engine.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for a local TLS server, made on the fly: an EC P-256 key (fast to
 * make, which matters for a class that clicks "start") and a certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, valid for a week. A client trusts it explicitly (its PEM, as
 * Python's {@code ssl.create_default_context(cafile=...)} would) or skips verification.
 *
 * <p>BouncyCastle builds the certificate because the JDK has no public API for it; the key and
 * the signature are the JDK's own.
 */
public final class LabCertificate {
    /** The names a local server answers to, checked against the certificate by a verifying client. */
    public static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "::1");

    private static volatile LabCertificate shared;

    private final PrivateKey key;
    private final X509Certificate certificate;

    private LabCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** One certificate for every local server of this process, made the first time it is asked for. */
    public static LabCertificate shared() {
        LabCertificate c = shared;
        if (c == null) {
            synchronized (LabCertificate.class) {
                c = shared;
                if (c == null) {
                    c = generate("NetLab local server", LOCAL_NAMES);
                    shared = c;
                }
            }
        }
        return c;
    }

    /** A new self-signed certificate with common name {@code cn} for {@code names} (host names or IP literals). */
    public static LabCertificate generate(String cn, List<String> names) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
            kpg.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = kpg.generateKeyPair();
            X500Name subject = new X500Name("CN=" + cn.replace(",", " ") + ",O=NetLab");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(7))),
                    subject, pair.getPublic());
            List<GeneralName> alt = new ArrayList<>();
            for (String name : names) {
                boolean ip = name.indexOf(':') >= 0 || name.matches("[0-9.]+");
                alt.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
            }
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alt.toArray(GeneralName[]::new)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new LabCertificate(pair.getPrivate(), cert);
        } catch (java.security.GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e, e);
        }
    }

    public PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate in PEM, for a client to trust ({@code cafile}). */
    public String certificatePem() {
        return pem(certificate);
    }

    /** Writes the certificate's PEM to {@code file} (for Python, openssl or another NetLab to trust). */
    public Path writeCertificate(Path file) throws IOException {
        Files.writeString(file, certificatePem());
        return file;
    }

    /** SHA-256 of the certificate, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException | CertificateException e) {
            return "?";
        }
    }

    private static String pem(Object o) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
