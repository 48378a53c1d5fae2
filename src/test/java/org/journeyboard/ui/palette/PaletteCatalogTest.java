package org.journeyboard.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.ClipboardContent;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.ui.editor.PaletteItem;
import org.junit.jupiter.api.Test;

class PaletteCatalogTest {
    private final PaletteCatalog english = new PaletteCatalog(Locale.ENGLISH);
    private final PaletteCatalog german = new PaletteCatalog(Locale.GERMAN);

    @Test
    void everyTouchpointTypeAndEveryOtherCardKindIsOfferedOnce() {
        Set<TouchpointType> types = english.entries().stream().map(e -> e.item().type()).filter(t -> t != null)
                .collect(Collectors.toSet());
        assertThat(types).isEqualTo(EnumSet.allOf(TouchpointType.class));
        Set<CardKind> kinds = english.entries().stream().map(e -> e.item().kind()).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(CardKind.class));
        assertThat(english.entries()).hasSize(TouchpointType.values().length + CardKind.values().length - 1);
    }

    @Test
    void touchpointsAreGroupedByTheirUsualReachAndChannel() {
        assertThat(group(TouchpointType.WEB_SHOP)).isEqualTo(PaletteGroup.DIRECT_ONLINE);
        assertThat(group(TouchpointType.POSTER)).isEqualTo(PaletteGroup.DIRECT_OFFLINE);
        assertThat(group(TouchpointType.RATING_PORTAL)).isEqualTo(PaletteGroup.INDIRECT_ONLINE);
        assertThat(group(TouchpointType.WORD_OF_MOUTH)).isEqualTo(PaletteGroup.INDIRECT_OFFLINE);
        assertThat(group(TouchpointType.CUSTOM)).isEqualTo(PaletteGroup.CARDS);
        // groups come in one block each, in the order of the enum
        assertThat(english.entries().stream().map(PaletteEntry::group).distinct().toList())
                .containsExactly(PaletteGroup.values());
    }

    @Test
    void searchFindsAnItemByItsGermanOrEnglishNameInEitherLanguage() {
        assertThat(items(german.matching("plakat"))).containsExactly("touchpoint:poster");
        assertThat(items(german.matching("POSTER"))).containsExactly("touchpoint:poster");
        assertThat(items(english.matching("mundprop"))).containsExactly("touchpoint:wordOfMouth");
        assertThat(items(english.matching(" shop "))).contains("touchpoint:webShop");
        assertThat(items(german.matching("schmerz"))).containsExactly("painPoint");
        assertThat(german.matching("")).hasSameSizeAs(german.entries());
        assertThat(german.matching("xyzzy")).isEmpty();
    }

    @Test
    void namesAndTooltipsAreInTheUiLanguage() {
        PaletteEntry poster = german.entries().stream().filter(e -> e.item().type() == TouchpointType.POSTER)
                .findFirst().orElseThrow();
        assertThat(poster.name()).isEqualTo("Plakat");
        assertThat(poster.tooltip()).contains("Plakat", "Direkt", "Offline", "ziehen");
        PaletteEntry englishPoster = english.entries().stream().filter(e -> e.item().type() == TouchpointType.POSTER)
                .findFirst().orElseThrow();
        assertThat(englishPoster.tooltip()).contains("Poster", "Direct", "drag");
    }

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() {
        PaletteTexts en = new PaletteTexts(Locale.ENGLISH);
        PaletteTexts de = new PaletteTexts(Locale.GERMAN);
        // the files themselves: the German bundle would also answer with every English key
        assertThat(org.journeyboard.testing.BundleFiles.assertGermanAndEnglishAlike(PaletteTexts.BUNDLE))
                .isEqualTo(en.bundle().keySet());
        assertThat(de.get("group.cards")).isNotEqualTo(en.get("group.cards"));
    }

    @Test
    void aDragCarriesTheItemCodeUnderOurFormatAndAsPlainText() {
        ClipboardContent content = PaletteDrag.content(new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.HOTLINE));
        assertThat(content.get(PaletteDrag.format())).isEqualTo("touchpoint:hotline");
        assertThat(content.getString()).isEqualTo("touchpoint:hotline");
        assertThat(PaletteItem.ofCode((String) content.get(PaletteDrag.format())))
                .contains(new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.HOTLINE));
        assertThat(PaletteDrag.content(new PaletteItem(CardKind.PAIN_POINT, null)).getString()).isEqualTo("painPoint");
        // asking twice must not try to register the mime type again (JavaFX throws on a duplicate)
        assertThat(PaletteDrag.format()).isSameAs(PaletteDrag.format());
        assertThat(PaletteDrag.format().getIdentifiers()).containsExactly(PaletteItem.DRAG_FORMAT);
    }

    private PaletteGroup group(TouchpointType type) {
        return english.entries().stream().filter(e -> e.item().type() == type).findFirst().orElseThrow().group();
    }

    private static java.util.List<String> items(java.util.List<PaletteEntry> entries) {
        return entries.stream().map(e -> e.item().code()).toList();
    }
}
