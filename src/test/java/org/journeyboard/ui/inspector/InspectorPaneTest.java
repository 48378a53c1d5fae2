package org.journeyboard.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.journeyboard.edit.History;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    private final JourneyMap sample = Samples.all().get(0).map();
    private MapDocument doc;
    private InspectorPane inspector;

    @Start
    void start(Stage stage) {
        // a clock that stands still: typing merges into one step however slowly a busy machine delivers the keys
        doc = new MapDocument(new History(sample, Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC),
                History.DEFAULT_MERGE_WINDOW), null, Locale.GERMAN);
        inspector = new InspectorPane(doc);
        stage.setScene(new Scene(inspector, 340, 760));
        stage.show();
    }

    @Test
    void typingInTheCardTitleChangesTheCardAsOneUndoStep(FxRobot robot) {
        Card card = sample.cards().get(0);
        robot.interact(() -> doc.select(new Selection.Cards(java.util.List.of(card.id()))));
        TextField title = robot.lookup("#inspector-card-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo(card.title());
        robot.clickOn(title).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Hotline!");
        assertThat(doc.map().card(card.id()).orElseThrow().title()).isEqualTo("Hotline!");
        robot.interact(doc::undo);
        assertThat(doc.map().card(card.id()).orElseThrow().title()).isEqualTo(card.title());
        assertThat(doc.history().canUndo()).as("typing was one step").isFalse();
        // the field follows the undo, and the same field is still shown (no rebuild of the editor)
        assertThat(robot.lookup("#inspector-card-title").queryAs(TextField.class)).isSameAs(title);
        assertThat(title.getText()).isEqualTo(card.title());
    }

    @Test
    void typingKeepsTheCaretWhereTheUserTypes(FxRobot robot) {
        Card card = sample.cards().get(0);
        robot.interact(() -> doc.select(new Selection.Cards(java.util.List.of(card.id()))));
        TextField title = robot.lookup("#inspector-card-title").queryAs(TextField.class);
        robot.clickOn(title).type(KeyCode.HOME).write("ab");
        assertThat(title.getCaretPosition()).isEqualTo(2);
        assertThat(doc.map().card(card.id()).orElseThrow().title()).isEqualTo("ab" + card.title());
    }

    @Test
    void changingAPhaseGoalIsAnEditOfThatPhase(FxRobot robot) {
        Phase phase = sample.phases().get(1);
        robot.interact(() -> doc.select(new Selection.PhaseSelected(phase.id())));
        TextField name = robot.lookup("#inspector-phase-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo(phase.name());
        TextArea goal = robot.lookup("#inspector-phase-goal").queryAs(TextArea.class);
        robot.clickOn(goal).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Vertrauen");
        assertThat(doc.map().phase(phase.id()).orElseThrow().goal()).isEqualTo("Vertrauen");
        assertThat(doc.undoTextProperty().get()).contains("Phasenziel");
        robot.interact(doc::undo);
        assertThat(doc.map().phase(phase.id()).orElseThrow().goal()).isEqualTo(phase.goal());
        assertThat(goal.getText()).isEqualTo(phase.goal());
    }

    @Test
    void selectingAPersonaShowsItsFields(FxRobot robot) {
        Persona persona = sample.personas().get(0);
        robot.interact(() -> doc.select(new Selection.PersonaSelected(persona.id())));
        assertThat(robot.lookup("#inspector-persona-name").queryAs(TextField.class).getText())
                .isEqualTo(persona.name());
        assertThat(robot.lookup("#inspector-persona-role").queryAs(TextArea.class).getText())
                .isEqualTo(persona.role());
        assertThat(robot.lookup("#inspector-persona-goals").queryAs(TextArea.class).getText())
                .isEqualTo(String.join("\n", persona.goals()));
        robot.interact(() -> doc.select(Selection.NONE));
        assertThat(robot.lookup("#inspector-map-title").queryAs(TextField.class).getText())
                .isEqualTo(sample.title());
    }

    @Test
    void aPictureMustBePngOrJpeg(FxRobot robot, @TempDir Path dir) throws Exception {
        Persona persona = sample.personas().get(0);
        robot.interact(() -> doc.select(new Selection.PersonaSelected(persona.id())));
        PersonaEditor editor = (PersonaEditor) inspector.editor();
        Path text = Files.writeString(dir.resolve("foto.png"), "not a picture");
        robot.interact(() -> editor.setPicture(text));
        assertThat(editor.pictureProblem()).contains("foto.png", "kein PNG");
        assertThat(doc.map().persona(persona.id()).orElseThrow().picture()).isNull();
        Path png = dir.resolve("pixel.png");
        try (var in = InspectorPaneTest.class.getResourceAsStream("pixel.png")) {
            Files.copy(in, png);
        }
        robot.interact(() -> editor.setPicture(png));
        assertThat(editor.pictureProblem()).isEmpty();
        assertThat(doc.map().persona(persona.id()).orElseThrow().picture().mediaType()).isEqualTo("image/png");
    }

    @Test
    void changingACardsKindShowsTheFieldsOfTheNewKind(FxRobot robot) {
        Card card = sample.cards().stream().filter(c -> c.kind() == CardKind.ACTION).findFirst().orElseThrow();
        robot.interact(() -> doc.select(new Selection.Cards(java.util.List.of(card.id()))));
        assertThat(robot.lookup("#inspector-card-severity").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Choice<CardKind>> kind = robot.lookup("#inspector-card-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(kind.getItems().stream()
                .filter(c -> c.value() == CardKind.PAIN_POINT).findFirst().orElseThrow()));
        Card now = doc.map().card(card.id()).orElseThrow();
        assertThat(now.kind()).isEqualTo(CardKind.PAIN_POINT);
        assertThat(now.severity()).isEqualTo(3);
        Rating severity = robot.lookup("#inspector-card-severity").queryAs(Rating.class);
        robot.interact(() -> severity.setRating(5));
        assertThat(doc.map().card(card.id()).orElseThrow().severity()).isEqualTo(5);
    }

    @Test
    void severalCardsShowTheirCountAndChangeTogether(FxRobot robot) {
        java.util.List<String> ids = sample.cards().stream().limit(3).map(Card::id).toList();
        robot.interact(() -> doc.select(new Selection.Cards(ids)));
        assertThat(robot.lookup(".inspector-heading").queryLabeled().getText()).isEqualTo("3 Karten ausgewählt");
        @SuppressWarnings("unchecked")
        ComboBox<Choice<CardKind>> kind = robot.lookup("#inspector-cards-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(kind.getItems().stream()
                .filter(c -> c.value() == CardKind.NOTE).findFirst().orElseThrow()));
        assertThat(ids).allSatisfy(id -> assertThat(doc.map().card(id).orElseThrow().kind()).isEqualTo(CardKind.NOTE));
        robot.interact(doc::undo);
        assertThat(doc.history().canUndo()).as("one step for all cards").isFalse();
    }

    @Test
    void switchingDocumentsShowsTheOtherMap(FxRobot robot) {
        JourneyMap other = Samples.all().get(2).map();
        robot.interact(() -> inspector.setDocument(new MapDocument(other, null, Locale.ENGLISH)));
        assertThat(robot.lookup("#inspector-map-title").queryAs(TextField.class).getText()).isEqualTo(other.title());
        assertThat(robot.lookup(".inspector-heading").queryLabeled().getText()).isEqualTo("Journey map");
        // the old document no longer drives the panel
        robot.interact(() -> doc.select(new Selection.PhaseSelected(sample.phases().get(0).id())));
        assertThat(robot.lookup("#inspector-phase-name").tryQuery()).isEmpty();
    }
}
