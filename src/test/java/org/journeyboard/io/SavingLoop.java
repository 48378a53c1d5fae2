package org.journeyboard.io;

import java.nio.file.Path;
import java.time.Duration;
import org.journeyboard.io.recovery.Autosaver;
import org.journeyboard.io.recovery.RecoveryStore;
import org.journeyboard.model.JourneyMap;

/**
 * The program {@link KillTest} kills: saves one map over and over as "v0", "v1", … and feeds every version to an
 * autosaver with a short interval. Prints "ready" once the file and a snapshot exist, then "saved N" after each save.
 * Arguments: map file, recovery folder.
 */
public final class SavingLoop {
    private SavingLoop() {
    }

    static JourneyMap version(int n) {
        return KillTest.BASE.withTitle("v" + n);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Autosaver autosaver = new Autosaver(new RecoveryStore(Path.of(args[1])), Duration.ofMillis(5));
        int n = 0;
        JourneyFiles.write(version(n), file);
        autosaver.update("doc", version(n), file, true);
        autosaver.flush();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            n++;
            JourneyFiles.write(version(n), file);
            autosaver.update("doc", version(n), file, true);
            if (n % 3 == 0) {
                autosaver.saveSoon();
            }
            System.out.println("saved " + n);
        }
    }
}
