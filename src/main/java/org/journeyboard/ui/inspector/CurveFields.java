package org.journeyboard.ui.inspector;

import java.util.Optional;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.model.Colour;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.ui.editor.MapDocument;

/** The fields of one emotion curve (name, colour, persona), added to a form; shared by the point and map inspectors. */
final class CurveFields {
    private CurveFields() {
    }

    static void addTo(Form form, MapDocument doc, String curveId, InspectorTexts texts) {
        Choices choices = new Choices(texts);
        form.text(texts.get("curve.name"), () -> curve(doc, curveId).map(EmotionCurve::name).orElse(""),
                v -> CurveEdits.renameCurve(curveId, v)).setId("inspector-curve-name");
        form.colour(texts.get("curve.colour"),
                () -> curve(doc, curveId).map(EmotionCurve::colour).orElse(new Colour(0, 0, 0)),
                c -> CurveEdits.recolourCurve(curveId, c));
        form.choice(texts.get("curve.persona"), () -> choices.personasOrNone(doc.map()),
                () -> curve(doc, curveId).map(EmotionCurve::personaId).orElse(null),
                p -> CurveEdits.setCurvePersona(curveId, p));
    }

    static Optional<EmotionCurve> curve(MapDocument doc, String curveId) {
        return doc.map().curve(curveId);
    }
}
