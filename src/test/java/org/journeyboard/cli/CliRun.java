package org.journeyboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JourneyboardCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun english(String... args) {
        return of(Locale.ENGLISH, args);
    }
}
