package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code *.journey.json} on the classpath (templates, samples, test maps; not the bad-file corpus) conforms to
 * the schema, loads without problems and saves back byte for byte after a second save. New files are picked up
 * by being there.
 */
class ShippedMapFilesTest {
    static List<Path> mapFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Class<?> anchor : new Class<?>[] {JourneyJson.class, ShippedMapFilesTest.class}) {
            Path root = root(anchor);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.getFileName().toString().endsWith(JourneyFiles.EXTENSION))
                        .filter(f -> !root.relativize(f).startsWith("bad-files"))
                        .forEach(files::add);
            }
        }
        files.add(BadFilesTest.folder().resolve("base-valid.journey.json"));
        return files;
    }

    private static Path root(Class<?> anchor) throws URISyntaxException {
        return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @TestFactory
    Stream<DynamicTest> everyMapFileOnTheClasspathIsValidAndStable() throws Exception {
        return mapFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file);
            assertThat(SchemaCheck.problems(text)).as("schema problems of %s", file).isEmpty();
            JourneyMap map = JourneyFiles.read(file, Locale.ENGLISH);
            String firstSave = JourneyJson.write(map);
            String secondSave = JourneyJson.write(JourneyJson.read(firstSave, file.toString(), Locale.ENGLISH));
            assertThat(secondSave).isEqualTo(firstSave);
        }));
    }
}
