package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line must run on a machine without a display: it must not even load a JavaFX class. */
class NoJavaFxOnTheCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void newAndValidateLoadNoJavaFxClass() throws Exception {
        Path map = dir.resolve("m.journey.json");
        Path log = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), "org.journeyboard.app.Launcher", "new", "-o", map.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(map).exists();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(l -> l.contains("org.journeyboard.cli.NewCommand"));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains("com.sun.javafx"));
    }
}
