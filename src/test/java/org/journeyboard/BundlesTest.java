package org.journeyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeyboard.testing.BundleFiles;
import org.junit.jupiter.api.Test;

/** Every resource bundle of the program exists in German and English, and both files have the same keys. */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleHasAGermanAndAnEnglishFileWithTheSameKeys() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".properties")).toList();
        }
        List<String> bases = files.stream()
                .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .map(name -> name.endsWith("_de") ? name.substring(0, name.length() - 3) : name)
                .distinct().sorted().toList();
        assertThat(bases).hasSizeGreaterThan(12).contains("org/journeyboard/export/messages");
        for (String base : bases) {
            assertThat(RESOURCES.resolve(base + ".properties")).as("English file of %s", base).exists();
            assertThat(RESOURCES.resolve(base + "_de.properties")).as("German file of %s", base).exists();
            BundleFiles.assertGermanAndEnglishAlike(base.replace('/', '.'));
        }
    }
}
