package org.journeyboard.ui.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.model.Card;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for several cards: how many, and what they share (kind, emotion), changed for all in one step. */
final class CardsEditor implements SelectionEditor {
    private final MapDocument doc;
    private final List<String> ids;
    private final Form form;

    CardsEditor(MapDocument doc, List<String> ids, InspectorTexts texts) {
        this.doc = doc;
        this.ids = List.copyOf(ids);
        this.form = new Form(doc);
        Choices choices = new Choices(texts);
        form.heading(texts.get("cards.heading", ids.size()));
        Label hint = form.add(new Label(texts.get("cards.hint")));
        hint.setWrapText(true);
        hint.getStyleClass().add("inspector-hint");
        var kind = form.choice(texts.get("card.kind"), choices::cardKinds, () -> shared(Card::kind),
                k -> CardChanges.kind(this.ids, k));
        kind.setId("inspector-cards-kind");
        kind.setPromptText(texts.get("cards.mixed"));
        // MIN_VALUE matches no entry, so differing emotions show an empty box rather than "no emotion"
        form.choice(texts.get("card.emotion"), choices::emotions,
                () -> allSame(Card::emotion) ? shared(Card::emotion) : Integer.MIN_VALUE,
                v -> CardChanges.emotion(this.ids, v)).setPromptText(texts.get("cards.mixed"));
        Button delete = form.button(texts.get("cards.delete", ids.size()));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(CardEdits.deleteCards(this.ids)));
    }

    /** The value all selected cards have in common, or null when they differ (the box then shows nothing). */
    private <T> T shared(Function<Card, T> field) {
        List<T> values = values(field);
        return values.size() == 1 ? values.get(0) : null;
    }

    private <T> boolean allSame(Function<Card, T> field) {
        return values(field).size() <= 1;
    }

    private <T> List<T> values(Function<Card, T> field) {
        return ids.stream().map(id -> doc.map().card(id)).flatMap(java.util.Optional::stream).map(field)
                .distinct().toList();
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        if (!ids.stream().allMatch(id -> doc.map().card(id).isPresent())) {
            return false;
        }
        form.refresh();
        return true;
    }
}
