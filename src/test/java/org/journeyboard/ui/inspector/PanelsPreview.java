package org.journeyboard.ui.inspector;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.palette.PalettePane;

/**
 * Shows both side panels around an empty centre with a sample map, to look at them as a user would:
 * {@code PanelsPreview [de|en] [map|card|pain|cards|phase|lane|persona|point]}. Not a test; run by hand.
 */
public final class PanelsPreview {
    private PanelsPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Locale locale = args.isEmpty() || args.get(0).equals("de") ? Locale.GERMAN : Locale.ENGLISH;
            JourneyMap map = Samples.all().get(locale == Locale.GERMAN ? 0 : 2).map();
            MapDocument doc = new MapDocument(map, null, locale);
            String what = args.size() > 1 ? args.get(1) : "map";
            doc.select(switch (what) {
                case "card" -> new Selection.Cards(List.of(map.cards().stream()
                        .filter(c -> c.touchpoint() != null).findFirst().orElseThrow().id()));
                case "pain" -> new Selection.Cards(List.of(map.cards().stream()
                        .filter(c -> c.severity() != null).findFirst().orElseThrow().id()));
                case "cards" -> new Selection.Cards(map.cards().stream().limit(3).map(c -> c.id()).toList());
                case "phase" -> new Selection.PhaseSelected(map.phases().get(1).id());
                case "lane" -> new Selection.LaneSelected(map.lanes().get(0).id());
                case "persona" -> new Selection.PersonaSelected(map.personas().get(0).id());
                case "point" -> new Selection.CurvePointSelected(map.curves().get(0).id(),
                        map.curves().get(0).points().get(2).id());
                default -> Selection.NONE;
            });
            BorderPane root = new BorderPane(new Label("(canvas)"));
            root.setLeft(new PalettePane(locale));
            root.setRight(new InspectorPane(doc));
            stage.setScene(new Scene(root, 1100, 950));
            stage.setTitle("Panels preview – " + what);
            stage.show();
        }
    }
}
