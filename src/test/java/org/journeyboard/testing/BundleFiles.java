package org.journeyboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The property files of a resource bundle, read as files: a {@code ResourceBundle} of the German locale also
 * answers with its English parent's keys, so comparing bundles never sees a key missing from the German file.
 */
public final class BundleFiles {
    private BundleFiles() {
    }

    /** The file of {@code baseName} ("org.journeyboard.ui.messages") for {@code suffix} ("" or "_de"). */
    public static Properties load(String baseName, String suffix) {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = BundleFiles.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Asserts that the English and the German file of {@code baseName} have the same keys, none of them empty;
     * returns the keys.
     */
    public static Set<String> assertGermanAndEnglishAlike(String baseName) {
        Properties en = load(baseName, "");
        Properties de = load(baseName, "_de");
        assertThat(de.stringPropertyNames()).as("keys of %s_de.properties", baseName)
                .isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).isNotEmpty().allSatisfy(k -> {
            assertThat(en.getProperty(k)).as("%s in English", k).isNotBlank();
            assertThat(de.getProperty(k)).as("%s in German", k).isNotBlank();
        });
        return en.stringPropertyNames();
    }
}
