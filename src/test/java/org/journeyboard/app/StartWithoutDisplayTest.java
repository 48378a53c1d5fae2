package org.journeyboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point as a user starts it on a machine without a display (a server, SSH without X). */
class StartWithoutDisplayTest {
    private static final int DEADLINE_SECONDS = 90;

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
    }

    private Run launcher(String language, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language,
                "-Djourneyboard.dataDir=" + dir.resolve("data"),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        // read on another thread, so that the deadline holds even if the child never closes its output
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                out.append(e);
            }
        });
        reader.start();
        if (!p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            reader.join();
            throw new AssertionError("the launcher did not end within " + DEADLINE_SECONDS + " s; it printed:\n" + out);
        }
        reader.join();
        return new Run(p.exitValue(), out.toString());
    }

    @Test
    void aMistypedCommandGetsTheCommandLinesAnswerNotAJavaFxStackTrace() throws Exception {
        Run run = launcher("en", "exprot", "map.journey.json");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("“exprot” is neither a Journeyboard command nor a map file.",
                "Did you mean: export?").doesNotContain("Exception", "javafx");
    }

    @Test
    void theWindowWithoutADisplaySaysSoInOneSentence() throws Exception {
        Run run = launcher("en", "workshop.journey.json");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("The editor window needs a display and there is none here; "
                + "journeyboard --help lists the commands that work without one.")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void andInGerman() throws Exception {
        Run run = launcher("de");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("Das Editorfenster braucht einen Bildschirm, und hier gibt es keinen; "
                + "journeyboard --help zeigt die Befehle, die ohne ihn auskommen.").doesNotContain("Exception");
    }
}
