package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.journeyboard.testing.BundleFiles;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void germanAndEnglishHaveTheSameKeysAndDifferentTexts() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages de = new Messages(Locale.GERMAN);
        // the files themselves: the German bundle would also answer with every English key
        Set<String> keys = BundleFiles.assertGermanAndEnglishAlike("org.journeyboard.ui.messages");
        assertThat(keys).isEqualTo(en.bundle().keySet());
        assertThat(de.get("menu.file")).isEqualTo("_Datei");
        assertThat(en.get("menu.file")).isEqualTo("_File");
        assertThat(de.get("error.open.header", "x.journey.json"))
                .isEqualTo("Die Datei „x.journey.json“ konnte nicht geöffnet werden.");
        for (String key : keys) {
            assertThat(de.bundle().getString(key)).as(key).isNotBlank();
        }
    }
}
