package netlab.engine.lab;

import java.nio.file.Path;

import netlab.engine.tls.LabCertificate;
import netlab.engine.tls.TlsClientOptions;

/**
 * Whom a TLS client trusts: the certificate this lab's own servers use ({@code lab}, the default
 * in the window and in presets), the certificates in a PEM file ({@code cafile}, for a server
 * elsewhere), the JDK's CAs ({@code system}), or nobody — verification skipped ({@code insecure}).
 */
public record TlsTrust(Mode mode, Path cafile) {
    public enum Mode { LAB, CAFILE, SYSTEM, INSECURE }

    public static final TlsTrust LAB = new TlsTrust(Mode.LAB, null);
    public static final TlsTrust SYSTEM = new TlsTrust(Mode.SYSTEM, null);
    public static final TlsTrust INSECURE = new TlsTrust(Mode.INSECURE, null);

    public TlsTrust {
        if ((mode == Mode.CAFILE) != (cafile != null)) {
            throw new IllegalArgumentException("a certificate file goes with cafile trust, and only with it");
        }
    }

    public static TlsTrust cafile(Path file) {
        return new TlsTrust(Mode.CAFILE, file);
    }

    public TlsClientOptions options() {
        return switch (mode) {
            case LAB -> TlsClientOptions.trusting(LabCertificate.shared().certificate());
            case CAFILE -> TlsClientOptions.trustingPem(cafile);
            case SYSTEM -> TlsClientOptions.systemTrust();
            case INSECURE -> TlsClientOptions.insecure();
        };
    }
}
