package org.selfeval.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.render.RenderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderConfigTest {

    @TempDir
    Path dir;

    @Test
    void repositoryConfig_givesRenderOptions() {
        RenderOptions o = ConfigLoader.load(Path.of("config")).renderOptions();
        assertEquals(110, o.dpi());
        assertEquals("soffice", o.sofficeCommand());
        assertEquals(Duration.ofSeconds(120), o.conversionTimeout());
    }

    @Test
    void badDpi_isRefusedWithTheKeyNamed() throws IOException {
        write(Files.readString(Path.of("config/selfeval.yaml")).replace("dpi: 110", "dpi: 5000"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains("render.dpi"), e.getMessage());
    }

    @Test
    void unknownRenderKey_isAnError() throws IOException {
        write(Files.readString(Path.of("config/selfeval.yaml")).replace("  dpi: 110", "  dpi: 110\n  colour: red"));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("selfeval.yaml"), yaml);
    }
}
