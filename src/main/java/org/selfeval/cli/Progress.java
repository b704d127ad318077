package org.selfeval.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, shown only when a person is watching a terminal. */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private int done;

    private Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    static Progress onTerminal(PrintStream err, int total) {
        return new Progress(err, total, System.console() != null && total > 1);
    }

    void step(String file) {
        done++;
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
        err.printf("\r[%s%s] %d/%d %s\u001b[K", "#".repeat(filled), ".".repeat(width - filled), done, total, name);
    }

    void done() {
        if (enabled) {
            err.print("\r\u001b[K");
        }
    }
}
