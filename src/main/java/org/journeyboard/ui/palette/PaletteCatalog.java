package org.journeyboard.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.ui.editor.PaletteItem;

/** Everything the palette lists, in display order, with names in the UI language; no JavaFX, so tested directly. */
public final class PaletteCatalog {
    /** The non-touchpoint cards, in the order a facilitator reaches for them. */
    static final List<CardKind> CARD_KINDS = List.of(CardKind.PAIN_POINT, CardKind.OPPORTUNITY, CardKind.ACTION,
            CardKind.THOUGHT, CardKind.KPI, CardKind.BACKSTAGE, CardKind.NOTE);

    private final List<PaletteEntry> entries;

    /** The catalog with names and tooltips in {@code locale} (German for German, else English). */
    public PaletteCatalog(Locale locale) {
        Language language = languageOf(locale);
        Language other = language == Language.DE ? Language.EN : Language.DE;
        Labels labels = Labels.of(language);
        Labels otherLabels = Labels.of(other);
        PaletteTexts texts = new PaletteTexts(language.locale());
        PaletteTexts otherTexts = new PaletteTexts(other.locale());
        List<PaletteEntry> list = new ArrayList<>();
        for (PaletteGroup group : PaletteGroup.values()) {
            if (group == PaletteGroup.CARDS) {
                continue;
            }
            for (TouchpointType type : TouchpointType.values()) {
                if (type != TouchpointType.CUSTOM && PaletteGroup.of(type) == group) {
                    String name = labels.touchpointType(type);
                    String tip = texts.get("tooltip.touchpoint", name, labels.reach(type.usualReach()),
                            labels.channel(type.usualChannel()));
                    list.add(new PaletteEntry(new PaletteItem(CardKind.TOUCHPOINT, type), group, name, tip,
                            otherLabels.touchpointType(type)));
                }
            }
        }
        String custom = texts.get("item.customTouchpoint");
        list.add(new PaletteEntry(new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.CUSTOM), PaletteGroup.CARDS,
                custom, texts.get("tooltip.customTouchpoint"), otherTexts.get("item.customTouchpoint")));
        for (CardKind kind : CARD_KINDS) {
            String name = labels.cardKind(kind);
            list.add(new PaletteEntry(new PaletteItem(kind, null), PaletteGroup.CARDS, name,
                    texts.get("tooltip.card." + kind.code(), name), otherLabels.cardKind(kind)));
        }
        this.entries = List.copyOf(list);
    }

    /** German for a German locale, English for any other. */
    static Language languageOf(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Language.DE : Language.EN;
    }

    public List<PaletteEntry> entries() {
        return entries;
    }

    /** The entries whose German or English name contains {@code query}, in display order. */
    public List<PaletteEntry> matching(String query) {
        return entries.stream().filter(e -> e.matches(query)).toList();
    }
}
