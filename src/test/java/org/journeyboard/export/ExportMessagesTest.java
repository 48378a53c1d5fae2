package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;
import org.journeyboard.testing.BundleFiles;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A wrong export option is told in the user's language, German or English, on the command line and in the dialog. */
class ExportMessagesTest {
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private static String message(Locale locale, Executable wrong) {
        Locale.setDefault(locale);
        try {
            wrong.execute();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no IllegalArgumentException");
    }

    @Test
    void everyWrongOptionIsToldInGermanAndInEnglish() {
        assertThat(message(Locale.GERMANY, () -> Paper.parse("Bütten – „groß“")))
                .isEqualTo("unbekanntes Papierformat „Bütten – „groß““ (A4, A3, A2, A1, A0, Letter, Legal, Tabloid)");
        assertThat(message(Locale.ENGLISH, () -> Paper.parse("B5")))
                .isEqualTo("unknown paper 'B5' (A4, A3, A2, A1, A0, Letter, Legal, Tabloid)");
        assertThat(message(Locale.GERMANY, () -> Language.ofCode("fr")))
                .isEqualTo("unbekannte Sprache „fr“ (erwartet: de oder en)");
        assertThat(message(Locale.ENGLISH, () -> Language.ofCode("fr")))
                .isEqualTo("unknown language 'fr' (expected de or en)");
        assertThat(message(Locale.GERMANY, () -> PngOptions.atDpi(3000, false)))
                .isEqualTo("dpi muss zwischen 1 und 2400 liegen, war 3.000");
        assertThat(message(Locale.ENGLISH, () -> PngOptions.atWidth(40_000, true)))
                .isEqualTo("width must be 1 to 30,000 pixels, was 40,000");
        assertThat(message(Locale.GERMANY, () -> PngExport.render(GeneratedMaps.withCards(20, 3),
                PngOptions.atDpi(2400, false)))).startsWith("das Bild wäre ").contains("Pixel groß", "weniger dpi");
        assertThat(message(Locale.GERMANY, () -> Placement.Tiles.parse("drei mal zwei")))
                .isEqualTo("Kacheln werden wie 3x2 angegeben (Spalten x Zeilen), war „drei mal zwei“");
        assertThat(message(Locale.GERMANY, () -> new Placement.Tiles(30, 2))).contains("30×2");
        assertThat(message(Locale.GERMANY, () -> new Placement.Scale(25))).startsWith("der Maßstab");
        assertThat(message(Locale.GERMANY, () -> PdfOptions.defaults().withMarginMm(80)))
                .isEqualTo("der Rand muss 0 bis 50 mm betragen, war 80");
        assertThat(message(Locale.GERMANY, () -> WorksheetPart.parseList("karten")))
                .startsWith("unbekannter Teil des Arbeitsblatts „karten“");
        assertThat(message(Locale.ENGLISH, () -> WorksheetPart.parseList(" , ")))
                .isEqualTo("name at least one worksheet part (phases, cards, curve, goals)");
    }

    @Test
    void theMessageFilesHaveTheSameKeysInBothLanguages() {
        assertThat(BundleFiles.assertGermanAndEnglishAlike(ExportMessages.BUNDLE)).contains("paper.unknown");
        assertThat(BundleFiles.assertGermanAndEnglishAlike(Labels.BUNDLE)).contains("language.unknown");
        BundleFiles.assertGermanAndEnglishAlike(ExportTexts.BUNDLE);
    }
}
