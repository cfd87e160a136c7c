package netlab.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, and the Java and Netty transport it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = NetlabCommand.class.getPackage().getImplementationVersion();
        return new String[] {
                "NetLab " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                "Netty transport: " + netlab.engine.net.NettyTransport.best().name()
        };
    }
}
