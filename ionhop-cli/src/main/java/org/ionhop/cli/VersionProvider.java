package org.ionhop.cli;

import picocli.CommandLine.IVersionProvider;

import org.ionhop.Version;

/** Supplies {@code ionhop --version} from the library's version resource. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ionhop " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
