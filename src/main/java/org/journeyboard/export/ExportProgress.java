package org.journeyboard.export;

import java.util.concurrent.CancellationException;

/**
 * How a long export reports how far it got and learns that the user pressed Cancel: the hook behind the editor's
 * progress bar. Plain Java, so the export stays free of any UI toolkit.
 */
public interface ExportProgress {
    /** No reports, never cancelled: the command line's way. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(double done, double total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units of work are finished. */
    void update(double done, double total);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Ends the export with a {@link CancellationException} when the user asked to stop. */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** This progress for one part of a larger job: its 0..1 is reported as {@code from}..{@code to} of the whole. */
    default ExportProgress part(double from, double to) {
        ExportProgress whole = this;
        return new ExportProgress() {
            @Override
            public void update(double done, double total) {
                double f = total > 0 ? Math.min(1, done / total) : 0;
                whole.update(from + (to - from) * f, 1);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
