package org.journeyboard.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeyboard.edit.History;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Picture;
import org.journeyboard.model.Reach;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorModelTest {
    private final JourneyMap sample = Samples.all().get(0).map();

    @Test
    void changingKindGivesTheNewKindsFieldsAndDropsTheOld() {
        Card tp = Card.touchpoint("c", "p", "l", 0, TouchpointType.HOTLINE, "Hotline").withEmotion(-1);
        Card pain = CardChanges.withKind(tp, CardKind.PAIN_POINT);
        assertThat(pain.touchpoint()).isNull();
        assertThat(pain.severity()).isEqualTo(3);
        assertThat(pain.emotion()).isEqualTo(-1);
        assertThat(pain.title()).isEqualTo("Hotline");
        Card opportunity = CardChanges.withKind(pain, CardKind.OPPORTUNITY);
        assertThat(opportunity.severity()).isNull();
        assertThat(opportunity.impact()).isEqualTo(3);
        assertThat(opportunity.effort()).isEqualTo(3);
        assertThat(CardChanges.withKind(tp, CardKind.TOUCHPOINT)).isEqualTo(tp);
        assertThat(CardChanges.withKind(opportunity, CardKind.TOUCHPOINT).touchpoint().type())
                .isEqualTo(TouchpointType.CUSTOM);
    }

    @Test
    void aNewTouchpointTypeBringsItsUsualClassificationAndCustomTypingMerges() {
        Card card = sample.cards().stream().filter(c -> c.kind() == CardKind.TOUCHPOINT).findFirst().orElseThrow();
        // a clock that stands still: the typing merges however long a busy machine takes between the steps
        History history = new History(sample, java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T10:00:00Z"),
                java.time.ZoneOffset.UTC), History.DEFAULT_MERGE_WINDOW);
        history.apply(CardChanges.touchpointType(card.id(), TouchpointType.WORD_OF_MOUTH));
        Card changed = history.current().card(card.id()).orElseThrow();
        assertThat(changed.touchpoint().reach()).isEqualTo(Reach.INDIRECT);
        assertThat(changed.touchpoint().channel()).isEqualTo(Channel.OFFLINE);
        JourneyMap afterType = history.current();
        history.apply(CardChanges.customType(card.id(), "P"));
        history.apply(CardChanges.customType(card.id(), "Po"));
        history.apply(CardChanges.customType(card.id(), "Podcast"));
        assertThat(history.current().card(card.id()).orElseThrow().touchpoint().customType()).isEqualTo("Podcast");
        history.undo();
        assertThat(history.current()).isEqualTo(afterType);
    }

    @Test
    void severalCardsChangeKindInOneStep() {
        List<String> ids = sample.cards().stream().limit(4).map(Card::id).toList();
        History history = new History(sample);
        history.apply(CardChanges.kind(ids, CardKind.THOUGHT));
        assertThat(ids).allSatisfy(id -> assertThat(history.current().card(id).orElseThrow().kind())
                .isEqualTo(CardKind.THOUGHT));
        history.undo();
        assertThat(history.current()).isEqualTo(sample);
    }

    @Test
    void linesAreTrimmedAndBlankLinesDropped() {
        assertThat(Form.lines(" SEO \n\nSocial Media\n")).containsExactly("SEO", "Social Media");
        assertThat(Form.lines("")).isEmpty();
    }

    @Test
    void picturesAreToldByTheirBytesNotTheirName(@TempDir Path dir) throws Exception {
        Path jpeg = Files.write(dir.resolve("bild.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});
        assertThat(PictureFile.read(jpeg).mediaType()).isEqualTo("image/jpeg");
        Path text = Files.writeString(dir.resolve("notes.jpg"), "hello");
        assertThatThrownBy(() -> PictureFile.read(text)).isInstanceOfSatisfying(PictureFile.Refused.class,
                e -> assertThat(e.textKey()).isEqualTo("picture.error.type"));
        Path big = Files.write(dir.resolve("big.png"), new byte[Picture.MAX_BYTES + 1]);
        assertThatThrownBy(() -> PictureFile.read(big)).isInstanceOfSatisfying(PictureFile.Refused.class,
                e -> assertThat(e.textKey()).isEqualTo("picture.error.size"));
        assertThatThrownBy(() -> PictureFile.read(dir.resolve("missing.png")))
                .isInstanceOf(PictureFile.Refused.class);
    }

    @Test
    void germanAndEnglishTextsHaveTheSameKeysAndAreComplete() {
        InspectorTexts en = new InspectorTexts(Locale.ENGLISH);
        InspectorTexts de = new InspectorTexts(Locale.GERMAN);
        // the files themselves: the German bundle would also answer with every English key
        assertThat(org.journeyboard.testing.BundleFiles.assertGermanAndEnglishAlike(InspectorTexts.BUNDLE))
                .isEqualTo(en.bundle().keySet());
        assertThat(de.get("cards.heading", 3)).isEqualTo("3 Karten ausgewählt");
        assertThat(new Choices(de).emotions()).hasSize(6);
        assertThat(new Choices(en).scores().get(0).name()).contains("very unhappy");
    }

    @Test
    void aCardsLaneChoiceOffersOnlyLanesThatTakeCards() {
        JourneyMap map = sample.withLanes(sample.lanes().stream()
                .map(l -> l.equals(sample.lanes().get(0)) ? l.withHidden(true) : l).toList());
        List<String> offered = new Choices(new InspectorTexts(Locale.ENGLISH)).lanes(map).stream()
                .map(c -> c.value()).toList();
        assertThat(offered).doesNotContain(map.lanes().get(0).id());
        assertThat(map.lanes()).anyMatch(l -> l.kind() == LaneKind.EMOTIONS);
        assertThat(offered).isNotEmpty().allMatch(id -> map.lane(id).orElseThrow().kind() != LaneKind.EMOTIONS);
    }
}
