package org.journeyboard.ui.inspector;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for one card: title, notes, kind, the kind's own fields, emotion, and its phase and lane. */
final class CardEditor implements SelectionEditor {
    private final MapDocument doc;
    private final String id;
    private final CardKind builtFor;
    private final Form form;

    CardEditor(MapDocument doc, String id, InspectorTexts texts) {
        this.doc = doc;
        this.id = id;
        this.form = new Form(doc);
        Choices choices = new Choices(texts);
        Card card = card().orElseThrow();
        builtFor = card.kind();
        form.heading(texts.labels().cardKind(card.kind()));
        TextField title = form.text(texts.get("card.title"), () -> card().map(Card::title).orElse(""),
                v -> CardEdits.setCardTitle(id, v));
        title.setId("inspector-card-title");
        form.area(texts.get("card.notes"), 4, () -> card().map(Card::notes).orElse(""),
                v -> CardEdits.setCardNotes(id, v)).setId("inspector-card-notes");
        form.choice(texts.get("card.kind"), choices::cardKinds, () -> card().map(Card::kind).orElse(null),
                k -> CardChanges.kind(List.of(id), k)).setId("inspector-card-kind");
        if (builtFor == CardKind.TOUCHPOINT) {
            form.searchableChoice(texts.get("card.touchpointType"), choices::touchpointTypes,
                    () -> touchpoint().type(), t -> CardChanges.touchpointType(id, t));
            form.text(texts.get("card.customType"), () -> touchpoint().customType(),
                    v -> CardChanges.customType(id, v)).setPromptText(texts.get("card.customType.prompt"));
            form.choice(texts.get("card.reach"), choices::reaches, () -> touchpoint().reach(),
                    r -> CardChanges.reach(id, r));
            form.choice(texts.get("card.channel"), choices::channels, () -> touchpoint().channel(),
                    c -> CardChanges.channel(id, c));
        } else if (builtFor == CardKind.PAIN_POINT) {
            form.rating(texts.get("card.severity"), () -> rating(card().map(Card::severity)),
                    v -> CardChanges.severity(id, v)).setId("inspector-card-severity");
        } else if (builtFor == CardKind.OPPORTUNITY) {
            form.rating(texts.get("card.impact"), () -> rating(card().map(Card::impact)),
                    v -> CardChanges.impact(id, v));
            form.rating(texts.get("card.effort"), () -> rating(card().map(Card::effort)),
                    v -> CardChanges.effort(id, v));
        }
        form.choice(texts.get("card.emotion"), choices::emotions, () -> card().map(Card::emotion).orElse(null),
                v -> CardChanges.emotion(List.of(id), v));
        form.choice(texts.get("card.phase"), () -> choices.phases(doc.map()),
                () -> card().map(Card::phaseId).orElse(null),
                p -> CardEdits.moveCard(id, p, card().orElseThrow().laneId(), Integer.MAX_VALUE));
        form.choice(texts.get("card.lane"), () -> choices.lanes(doc.map()),
                () -> card().map(Card::laneId).orElse(null),
                l -> CardEdits.moveCard(id, card().orElseThrow().phaseId(), l, Integer.MAX_VALUE));
        Button delete = form.button(texts.get("card.delete"));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(CardEdits.deleteCards(List.of(id))));
    }

    private Optional<Card> card() {
        return doc.map().card(id);
    }

    private Touchpoint touchpoint() {
        return card().map(Card::touchpoint).orElse(Touchpoint.of(org.journeyboard.model.TouchpointType.CUSTOM));
    }

    private static int rating(Optional<Integer> value) {
        return value.orElse(3);
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        Optional<Card> card = card();
        if (card.isEmpty() || card.get().kind() != builtFor) {
            return false;
        }
        form.refresh();
        return true;
    }
}
