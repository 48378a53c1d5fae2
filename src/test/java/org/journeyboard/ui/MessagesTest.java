package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void germanAndEnglishHaveTheSameKeysAndDifferentTexts() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages de = new Messages(Locale.GERMAN);
        Set<String> keys = en.bundle().keySet();
        assertThat(de.bundle().keySet()).isEqualTo(keys);
        assertThat(de.get("menu.file")).isEqualTo("_Datei");
        assertThat(en.get("menu.file")).isEqualTo("_File");
        assertThat(de.get("error.open.header", "x.journey.json"))
                .isEqualTo("Die Datei „x.journey.json“ konnte nicht geöffnet werden.");
        for (String key : keys) {
            assertThat(de.bundle().getString(key)).as(key).isNotBlank();
        }
    }
}
