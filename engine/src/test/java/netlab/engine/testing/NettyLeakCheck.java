package netlab.engine.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test class of the build runs under this (registered for JUnit's autodetection in
 * META-INF/services; the parent pom turns autodetection on): a ByteBuf leak Netty reports while
 * a test runs fails that test, and one found after the class (a garbage collection, then the
 * allocations that make the detector look) fails the class. A leak never hides in the log.
 */
public final class NettyLeakCheck implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        NettyLeaks.install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        NettyLeaks.assertNoneReported(context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        NettyLeaks.assertNone();
    }
}
