package org.selfeval.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.extract.ExtractOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcrConfigTest {

    @TempDir
    Path dir;

    @Test
    void repositoryConfig_givesTheOcrBudget() {
        ExtractOptions o = ConfigLoader.load(Path.of("config")).extractOptions();
        assertEquals(30, o.ocr().secondsPerPage());
        assertEquals(50, o.ocr().maxPages());
        assertEquals(Duration.ofSeconds(120 + 30 * 7), o.timeout().plus(o.ocr().budget(7)));
    }

    @Test
    void zeroSecondsPerPage_isRefusedWithTheKeyNamed() throws IOException {
        assertRefused("seconds_per_page: 30", "seconds_per_page: 0", "extract.ocr.seconds_per_page");
    }

    @Test
    void maxOcrPagesAboveMaxPages_isRefused() throws IOException {
        assertRefused("    max_pages: 50", "    max_pages: 501", "extract.ocr.max_pages");
    }

    @Test
    void missingSecondsPerPage_isAnError() throws IOException {
        write(repositoryYaml().replaceAll("(?m)^\\s*seconds_per_page: 30.*\\R", ""));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    private void assertRefused(String from, String to, String key) throws IOException {
        String yaml = repositoryYaml();
        assertTrue(yaml.contains(from), from);
        write(yaml.replace(from, to));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    private static String repositoryYaml() throws IOException {
        return Files.readString(Path.of("config/selfeval.yaml"));
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("selfeval.yaml"), yaml);
    }
}
