package org.selfeval.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the optional {@code ../shared} folder (seed report, public corpus). Tests that use it
 * skip, with the reason, when it is absent: a fresh clone must build and pass without it.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("selfeval.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** The file below ../shared, or skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: " + p + " is absent (../shared not available)");
        return p;
    }
}
