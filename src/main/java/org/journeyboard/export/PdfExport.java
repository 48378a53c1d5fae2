package org.journeyboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;

/**
 * Writes a map as a vector PDF with Apache PDFBox: handouts, posters, worksheets and their answer keys, with the
 * bundled font embedded as subsets and the document's metadata (title, author, subject, keywords, language).
 */
public final class PdfExport {
    /** The producing application, written into the PDF's metadata. */
    public static final String CREATOR = "Journeyboard";

    private PdfExport() {
    }

    /** What was written: the number of pages and how large the card texts print, in points. */
    public record Summary(int pages, double cardTextSize) {
        /** Below this size (points) card texts are hard to read on paper. */
        public static final double READABLE = 5;

        public boolean isTextTiny() {
            return cardTextSize < READABLE;
        }
    }

    /**
     * Prepares a PDF export on a background thread: reads the two fonts and loads them into a throw-away document, so
     * that PDFBox's font and document classes are ready when the export gets there. A command that is about to read
     * and lay out a map calls this first; on a machine with two cores the work then overlaps.
     */
    public static void prepareInBackground() {
        Thread prepare = new Thread(() -> {
            try (PDDocument document = new PDDocument()) {
                PdfFonts.load(document);
            } catch (IOException | RuntimeException | LinkageError e) {
                // only a head start: the export itself meets and reports whatever went wrong (a stack trace from
                // this thread would reach the user)
            }
        }, "PDF export preparation");
        prepare.setDaemon(true);
        prepare.start();
    }

    /** Writes one edition of {@code map} to {@code out} (left open). */
    public static Summary write(JourneyMap map, PdfOptions options, Edition edition, OutputStream out)
            throws IOException {
        return write(map, options, edition, out, ExportProgress.NONE);
    }

    /**
     * Writes one edition of {@code map} to {@code out} (left open), reporting each page to {@code progress}; throws
     * {@link java.util.concurrent.CancellationException} when it is cancelled (what was written to {@code out} is
     * then incomplete).
     */
    public static Summary write(JourneyMap map, PdfOptions options, Edition edition, OutputStream out,
                                ExportProgress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            double cardTextSize = render(document, map, options, edition, progress);
            progress.stopIfCancelled();
            document.save(out);
            progress.update(1, 1);
            return new Summary(document.getNumberOfPages(), cardTextSize);
        }
    }

    /** Adds the pages to {@code document}; returns the size card texts print at. */
    private static double render(PDDocument document, JourneyMap map, PdfOptions options, Edition edition,
                                 ExportProgress progress) throws IOException {
        PrintedPages.Document composed = PrintedPages.compose(map, options, edition);
        drawPages(document, composed.pages(), progress);
        describe(document, map, options, edition);
        return composed.cardTextSize();
    }

    /**
     * Writes the comparison of two maps (named by their files) to {@code out} (left open): the pages of
     * {@link ComparisonPages}, with a title and the language as metadata; returns the number of pages.
     */
    public static int writeComparison(Comparison comparison, String nameBefore,
                                      String nameAfter, PdfOptions options, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            drawPages(document, ComparisonPages.compose(comparison, nameBefore, nameAfter, options),
                    ExportProgress.NONE);
            Language language = ComparisonPages.language(comparison, options);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(ComparisonPages.title(comparison, nameBefore, nameAfter, options));
            info.setSubject(new InsightsTexts(language.locale()).get("compare.page.title"));
            info.setKeywords(ExportTexts.of(language).get("meta.keywords"));
            info.setCreator(CREATOR);
            info.setProducer(CREATOR + " (Apache PDFBox)");
            document.getDocumentCatalog().setLanguage(language.code());
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    /** Draws each page into a new page of {@code document}. */
    private static void drawPages(PDDocument document, List<PrintedPage> pages, ExportProgress progress)
            throws IOException {
        PdfFonts fonts = PdfFonts.load(document);
        PdfPictures pictures = new PdfPictures(document);
        // saving (font subsets, compression) costs about as much as a few pages, so it counts as a share
        double total = pages.size() * 1.25 + 0.5;
        for (int i = 0; i < pages.size(); i++) {
            progress.stopIfCancelled();
            progress.update(i, total);
            PrintedPage page = pages.get(i);
            PDPage pdPage = new PDPage(new PDRectangle((float) page.size().width(), (float) page.size().height()));
            document.addPage(pdPage);
            try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
                page.drawer().draw(new PdfCanvas2D(out, fonts, pictures, page.size().height()), i + 1, pages.size());
            }
        }
        progress.update(pages.size(), total);
    }

    private static void describe(PDDocument document, JourneyMap map, PdfOptions options, Edition edition) {
        Language language = options.language() == null ? map.language() : options.language();
        ExportTexts texts = ExportTexts.of(language);
        PDDocumentInformation info = document.getDocumentInformation();
        String suffix = switch (edition.kind()) {
            case HANDOUT -> "";
            case WORKSHEET -> " – " + texts.get("stamp.worksheet");
            case ANSWER_KEY -> " – " + texts.get("stamp.answerKey");
        };
        info.setTitle(map.title() + suffix);
        info.setAuthor(map.author());
        info.setSubject(texts.get(switch (edition.kind()) {
            case HANDOUT -> "meta.subject";
            case WORKSHEET -> "meta.subjectWorksheet";
            case ANSWER_KEY -> "meta.subjectAnswerKey";
        }));
        info.setKeywords(texts.get("meta.keywords"));
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " (Apache PDFBox)");
        Calendar modified = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(map.modified().toEpochMilli());
        info.setModificationDate(modified);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(map.created().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(language.code());
        PDMetadata xmp = new PDMetadata(document);
        try {
            xmp.importXMPMetadata(XmpPacket.of(info, language.code(), map.created(), map.modified()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        document.getDocumentCatalog().setMetadata(xmp);
    }
}
