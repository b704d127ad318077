package org.selfeval.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR} of every command that touches the index (else SELFEVAL_DATA, else index.data_dir). */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded index (default: $SELFEVAL_DATA, else index.data_dir in config)")
    Path data;

    public Path value() {
        return data;
    }
}
