package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/journeyboard/io/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void germanAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(40)
                .allSatisfy(k -> assertThat(de.getProperty(k)).isNotBlank());
        assertThat(de.getProperty("ref.phase")).isNotEqualTo(en.getProperty("ref.phase"));
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(new Messages(Locale.FRENCH).text("file.empty")).isEqualTo("the file is empty");
            assertThat(new Messages(null).text("file.empty")).isEqualTo("die Datei ist leer");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
