package org.journeyboard.io.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * The program that wrote a snapshot: its process id and start time. The start time tells a reused process id from
 * the original process, so that a snapshot is not hidden forever because some other program now has that id.
 */
record WriterProcess(long pid, Instant start) {
    static WriterProcess current() {
        ProcessHandle self = ProcessHandle.current();
        return new WriterProcess(self.pid(), self.info().startInstant().orElse(null));
    }

    /** Whether that very process still runs; when a start time is unknown on either side the id alone decides. */
    boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = handle.get().info().startInstant();
        return start == null || started.isEmpty() || started.get().equals(start);
    }
}
