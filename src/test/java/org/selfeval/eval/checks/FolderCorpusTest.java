package org.selfeval.eval.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.synth.DocxRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderCorpusTest {

    @Test
    void everyOtherFolderCarriesOneCrossYearMismatch(@TempDir Path dir) throws Exception {
        FolderCorpus corpus = new FolderCorpus(new VariantFactory(ProfileRegistry.load(Path.of("config/rules"))));
        List<FolderCorpus.Folder> folders = corpus.generate(dir, 2, 3, 7, List.of(new DocxRenderer()));
        assertEquals(2, folders.size());
        for (int i = 0; i < folders.size(); i++) {
            FolderCorpus.Folder f = folders.get(i);
            assertEquals(3, f.cases().size());
            long injected = f.cases().stream().filter(c -> c.gold().findings().stream()
                    .anyMatch(e -> e.code().equals("CROSS_YEAR_MISMATCH"))).count();
            assertEquals(i % 2, injected, "folder " + i);
            f.cases().forEach(c -> assertTrue(Files.exists(c.file()) && c.file().getParent().equals(f.dir())));
            // One department over consecutive years.
            assertEquals(1, f.cases().stream().map(c -> c.file().getFileName().toString().replaceAll("-\\d{4}\\..*", ""))
                    .distinct().count());
        }
        assertTrue(folders.get(0).cases().stream().allMatch(c -> c.gold().clean()));
    }
}
