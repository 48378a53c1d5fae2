package org.journeyboard.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The one way tests and benchmarks start a Java child process: on the test class path, with a data folder and
 * preferences of its own (so that a recovery snapshot or a setting in the user's folders can never change what the
 * child does, and the child never writes there), its output read on a thread of its own, and a deadline after which
 * the child is destroyed forcibly and the caller fails with what the child printed. Nothing here waits without a
 * deadline.
 */
public final class ChildJvm {
    /** How long a child may run when the caller names no deadline. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(120);
    private static final int KEPT_OUTPUT = 16_000;
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Path folder;
    private final Kind kind;
    private final List<String> jvmOptions;
    private final String mainClass;
    private final List<String> args;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> unsetEnvironment = new ArrayList<>();
    private Duration deadline = DEFAULT_DEADLINE;

    /** How the child is started: a main class on the test class path, a jar, or a script that starts Java. */
    private enum Kind { CLASS, JAR, SCRIPT }

    private ChildJvm(Path folder, Kind kind, List<String> jvmOptions, String mainClass, List<String> args) {
        this.folder = folder;
        this.kind = kind;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
    }

    /**
     * A child running {@code mainClass} with {@code args}; each {@link #start} gives it a data folder and
     * preferences of its own in a new folder under {@code folder} (a test's temporary folder).
     */
    public static ChildJvm of(Path folder, List<String> jvmOptions, String mainClass, String... args) {
        return new ChildJvm(folder, Kind.CLASS, jvmOptions, mainClass, List.of(args));
    }

    /** A child running {@code java OPTIONS -jar JAR ARGS}, with folders of its own like {@link #of}. */
    public static ChildJvm ofJar(Path folder, List<String> jvmOptions, Path jar, String... args) {
        return new ChildJvm(folder, Kind.JAR, jvmOptions, jar.toString(), List.of(args));
    }

    /**
     * A child running {@code command} as it is (a script that starts Java, say): the folders of its own reach every
     * JVM it starts through {@code JAVA_TOOL_OPTIONS}, and {@code XDG_DATA_HOME} points into them too.
     */
    public static ChildJvm ofCommand(Path folder, List<String> command) {
        return new ChildJvm(folder, Kind.SCRIPT, List.of(), command.get(0), command.subList(1, command.size()));
    }

    /** The java binary of the JVM running the tests. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child is destroyed, and the caller fails, this long after it was started. */
    public ChildJvm deadline(Duration d) {
        deadline = d;
        return this;
    }

    /** Sets environment variables of the child. */
    public ChildJvm environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Removes environment variables (DISPLAY, say) from the child's environment. */
    public ChildJvm withoutEnvironment(String... names) {
        unsetEnvironment.addAll(List.of(names));
        return this;
    }

    /**
     * Starts the child with a new data folder ({@code journeyboard.dataDir}) and preferences
     * ({@code java.util.prefs.userRoot}); close the returned process (try-with-resources) so that it never outlives
     * the caller.
     */
    public Running start() {
        Path own = folder.resolve("child-" + COUNT.incrementAndGet());
        Path dataDir = own.resolve("data");
        Path prefsDir = own.resolve("prefs");
        List<String> folders = List.of("-Djourneyboard.dataDir=" + dataDir, "-Djava.util.prefs.userRoot=" + prefsDir,
                "-Djava.util.prefs.systemRoot=" + own.resolve("system-prefs"));
        List<String> command = new ArrayList<>();
        Map<String, String> env = new HashMap<>(environment);
        if (kind == Kind.SCRIPT) {
            command.add(mainClass);
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", folders));
            env.put("XDG_DATA_HOME", own.resolve("xdg-data").toString());
        } else {
            command.add(javaBinary());
            command.addAll(jvmOptions);
            command.addAll(folders);
            if (kind == Kind.JAR) {
                command.add("-jar");
            } else {
                command.add("-cp");
                command.add(System.getProperty("java.class.path"));
            }
            command.add(mainClass);
        }
        command.addAll(args);
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(prefsDir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            unsetEnvironment.forEach(builder.environment()::remove);
            String name = String.join(" ", mainClass, String.join(" ", args)).trim();
            return new Running(builder, name, deadline, dataDir, prefsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the child to its end (at most until the deadline) and returns its exit code and output. */
    public Result run() {
        try (Running running = start()) {
            return running.awaitExit();
        }
    }

    /** How a child ended. */
    public record Result(int exitCode, String output) {
    }

    /** A line the child printed, and when it was read ({@link System#nanoTime()}). */
    public record Line(String text, long nanoTime) {
    }

    /** A started child. */
    public static final class Running implements AutoCloseable {
        private static final Line END = new Line("", 0);
        private final Process process;
        private final long startNanos;
        private final long deadlineNanos;
        private final Duration deadline;
        private final String name;
        private final Path dataDir;
        private final Path prefsDir;
        private final StringBuilder output = new StringBuilder();
        private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        private final Thread reader;
        private boolean ended;

        private Running(ProcessBuilder builder, String name, Duration deadline, Path dataDir, Path prefsDir)
                throws IOException {
            this.name = name;
            this.dataDir = dataDir;
            this.prefsDir = prefsDir;
            this.deadline = deadline;
            startNanos = System.nanoTime();
            deadlineNanos = startNanos + deadline.toNanos();
            process = builder.start();
            reader = new Thread(this::read, "child-jvm-output-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    long now = System.nanoTime();
                    synchronized (output) {
                        if (output.length() < KEPT_OUTPUT) {
                            output.append(line).append('\n');
                        }
                    }
                    lines.add(new Line(line, now));
                }
            } catch (IOException e) {
                // the stream closes when the child is destroyed
            } finally {
                lines.add(END);
            }
        }

        /** The data folder the child was told to use ({@code journeyboard.dataDir}). */
        public Path dataDir() {
            return dataDir;
        }

        /** The preferences folder the child was told to use ({@code java.util.prefs.userRoot}). */
        public Path prefsDir() {
            return prefsDir;
        }

        /** When the child was started ({@link System#nanoTime()}). */
        public long startNanos() {
            return startNanos;
        }

        /** What the child printed so far (the first 16,000 characters). */
        public String output() {
            synchronized (output) {
                return output.toString();
            }
        }

        /**
         * Waits for the first line that {@code wanted} accepts; fails (after destroying the child) when the child
         * ends without printing one or the deadline passes.
         */
        public Line awaitLine(Predicate<String> wanted) {
            while (!ended) {
                long left = deadlineNanos - System.nanoTime();
                Line line;
                try {
                    line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw fail("was interrupted waiting for the child");
                }
                if (line == null) {
                    throw fail("did not print the line wanted within " + deadline.toSeconds() + " s");
                }
                if (line == END) {
                    ended = true;
                } else if (wanted.test(line.text())) {
                    return line;
                }
            }
            awaitExitQuietly();
            throw fail("ended without printing the line wanted"
                    + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"));
        }

        /** Waits for the child to end, at most until the deadline (then it is destroyed and the caller fails). */
        public Result awaitExit() {
            try {
                long left = deadlineNanos - System.nanoTime();
                if (!process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    throw fail("did not end within " + deadline.toSeconds() + " s");
                }
                // the output ends when the process has ended; a grandchild holding it open gets a few seconds
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw fail("was interrupted waiting for the child");
            }
            return new Result(process.exitValue(), output());
        }

        private void awaitExitQuietly() {
            try {
                process.waitFor(Math.max(0, Math.min(5_000_000_000L, deadlineNanos - System.nanoTime())),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private AssertionError fail(String what) {
            destroy();
            return new AssertionError("the child " + name + " " + what + "; it printed:\n" + output());
        }

        private void destroy() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Destroys the child if it still runs. */
        @Override
        public void close() {
            if (process.isAlive()) {
                destroy();
            }
        }
    }
}
