package org.journeyboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportProgress;
import org.journeyboard.export.PdfExport;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.PngOptions;
import org.journeyboard.export.SvgExport;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.io.recovery.Autosaver;
import org.journeyboard.io.recovery.RecoveryStore;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journeyboard works offline by design: it opens no network connection and fetches nothing at run time.
 *
 * <p>What this can prove, and what not. (1) The static rule proves that none of our own classes uses a socket,
 * a URL connection, the HTTP client, NIO network channels, RMI or JNDI; it says nothing about libraries, and it
 * cannot see reflection. (2) The run-time check puts a recording {@link ProxySelector} in place, which every
 * {@code java.net.Socket} connect, every {@code URLConnection} and the default {@code HttpClient} consult before
 * connecting, then loads, saves, autosaves and exports the samples, our own code and the libraries it calls
 * (Jackson, PDFBox, Java2D) included. The check proves itself against a real loopback connection first. It does
 * not see NIO channels or DNS lookups made directly, and it does not run the JavaFX window; Java 17 offers no
 * sound, SecurityManager-free way to watch those from inside the JVM. (3) Resources (CSS above all) and exported
 * SVG must not reference anything remote, so nothing is fetched by JavaFX or by a program opening our files.
 */
class OfflineTest {
    private static final String[] NETWORK_TYPES = {
        "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
        "java.net.SocketImpl", "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection",
        "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
        "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel",
        "java.nio.channels.AsynchronousServerSocketChannel"
    };

    @TempDir
    Path dir;

    @Test
    void noClassOfOursUsesTheNetwork() {
        JavaClasses ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.journeyboard");
        assertThat(ours.size()).as("main classes found").isGreaterThan(100);
        ArchRule rule = noClasses().should().dependOnClassesThat(networkClasses())
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openStream")
                .orShould().callMethod(URL.class, "getContent")
                .because("Journeyboard is offline by design: fonts, icons and templates are bundled");
        rule.check(ours);
    }

    private static DescribedPredicate<JavaClass> networkClasses() {
        return new DescribedPredicate<>("network classes") {
            @Override
            public boolean test(JavaClass c) {
                String name = c.getName();
                return List.of(NETWORK_TYPES).contains(name) || name.startsWith("java.net.http.")
                        || name.startsWith("javax.net.") || name.startsWith("java.rmi.")
                        || name.startsWith("javax.naming.") || c.isAssignableTo(URLConnection.class);
            }
        };
    }

    @Test
    void loadingSavingAutosavingAndExportingOpenNoConnection() throws Exception {
        RecordingProxySelector recorder = new RecordingProxySelector();
        ProxySelector before = ProxySelector.getDefault();
        ProxySelector.setDefault(recorder);
        try {
            assertTheRecorderSeesConnections(recorder);
            recorder.asked.clear();

            for (Sample sample : Samples.all()) {
                JourneyMap map = sample.map();
                Path file = dir.resolve(sample.fileName());
                JourneyFiles.write(map, file);
                assertThat(JourneyFiles.read(file, Locale.GERMAN)).isEqualTo(map);
                for (ExportJob.Format format : ExportJob.Format.values()) {
                    new ExportJob(format, PdfOptions.defaults(), java.util.Set.of(), PngOptions.atDpi(36, false),
                            dir.resolve(sample.fileName() + "." + format.extension())).run(map, ExportProgress.NONE);
                }
            }
            try (Stream<Path> bad = Files.list(Path.of("src/test/resources/bad-files"))) {
                for (Path file : bad.toList()) {
                    try {
                        JourneyFiles.read(file, Locale.ENGLISH);
                    } catch (JourneyFileException expected) {
                        // a bad file gives its message, and that too without the network
                    }
                }
            }
            RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
            try (Autosaver autosaver = new Autosaver(store, Duration.ofMillis(10))) {
                autosaver.update("doc", Samples.all().get(0).map(), null, true);
                autosaver.flush();
            }
            store.list();

            assertThat(recorder.asked).as("connections asked for").isEmpty();
        } finally {
            ProxySelector.setDefault(before);
        }
    }

    /** The check must be able to fail: a real connection to a local socket of this test is seen. */
    private static void assertTheRecorderSeesConnections(RecordingProxySelector recorder) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             Socket client = new Socket()) {
            client.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort()),
                    2000);
        }
        assertThat(recorder.asked).as("the recorder sees a plain socket").hasSize(1);
        URLConnection connection = URI.create("http://127.0.0.1:9/").toURL().openConnection();
        connection.setConnectTimeout(500);
        try {
            connection.connect();
        } catch (IOException expected) {
            // nothing listens on the discard port; asking for the proxy already happened
        }
        assertThat(recorder.asked).as("the recorder sees a URL connection").hasSize(2);
    }

    @Test
    void noResourceAndNoExportReferencesAnythingRemote() throws Exception {
        Pattern remote = Pattern.compile("(url\\(\\s*['\"]?|@import\\s+['\"]?|href=\")(https?|ftp):", Pattern.CASE_INSENSITIVE);
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("assets"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(css|fxml|json|properties|svg|txt)$")).toList()) {
                    assertThat(remote.matcher(Files.readString(file)).find()).as("remote reference in %s", file).isFalse();
                }
            }
        }
        for (Sample sample : Samples.all()) {
            String svg = SvgExport.toSvg(sample.map(), false);
            assertThat(remote.matcher(svg).find()).as("remote reference in the SVG of %s", sample.fileName()).isFalse();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfExport.write(sample.map(), PdfOptions.defaults(), org.journeyboard.export.Edition.handout(), pdf);
            assertThat(pdf.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/URI (http");
        }
    }

    /** Records every address a connection was about to be made to, and lets it go direct. */
    private static final class RecordingProxySelector extends ProxySelector {
        final List<URI> asked = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            // direct connections never fail over
        }
    }
}
