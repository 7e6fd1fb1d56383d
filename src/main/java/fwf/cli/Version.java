package fwf.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
    static String project() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Faster with Friends " + project(),
                "JVM: " + System.getProperty("java.vm.name") + " " + Runtime.version()};
    }
}
