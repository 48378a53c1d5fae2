package org.journeyboard.ui.inspector;

import org.journeyboard.ui.editor.CardLanes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Reach;
import org.journeyboard.model.TouchpointType;

/** The entries of the inspector's choice boxes, named in the UI language. */
final class Choices {
    private final InspectorTexts texts;

    Choices(InspectorTexts texts) {
        this.texts = texts;
    }

    List<Choice<CardKind>> cardKinds() {
        return Arrays.stream(CardKind.values()).map(k -> new Choice<>(k, texts.labels().cardKind(k))).toList();
    }

    List<Choice<LaneKind>> laneKinds() {
        return Arrays.stream(LaneKind.values()).map(k -> new Choice<>(k, texts.labels().laneKind(k))).toList();
    }

    List<Choice<TouchpointType>> touchpointTypes() {
        return Arrays.stream(TouchpointType.values()).map(t -> new Choice<>(t, texts.labels().touchpointType(t)))
                .toList();
    }

    List<Choice<Reach>> reaches() {
        return Arrays.stream(Reach.values()).map(r -> new Choice<>(r, texts.labels().reach(r))).toList();
    }

    List<Choice<Channel>> channels() {
        return Arrays.stream(Channel.values()).map(c -> new Choice<>(c, texts.labels().channel(c))).toList();
    }

    List<Choice<Language>> languages() {
        return Arrays.stream(Language.values()).map(l -> new Choice<>(l, texts.labels().languageName(l))).toList();
    }

    /** No emotion, then -2..+2 with a word each. */
    List<Choice<Integer>> emotions() {
        List<Choice<Integer>> list = new ArrayList<>();
        list.add(new Choice<>(null, texts.get("emotion.none")));
        for (int score = -2; score <= 2; score++) {
            list.add(new Choice<>(score, score(score)));
        }
        return list;
    }

    /** -2..+2 with a word each (curve points always have a score). */
    List<Choice<Integer>> scores() {
        List<Choice<Integer>> list = new ArrayList<>();
        for (int score = -2; score <= 2; score++) {
            list.add(new Choice<>(score, score(score)));
        }
        return list;
    }

    private String score(int score) {
        String sign = score > 0 ? "+" + score : score < 0 ? "\u2212" + (-score) : "0";
        return sign + "  " + texts.get("emotion." + (score + 2));
    }

    List<Choice<String>> phases(JourneyMap map) {
        return map.phases().stream().map(p -> new Choice<>(p.id(), orUnnamed(p.name()))).toList();
    }

    List<Choice<String>> lanes(JourneyMap map) {
        return CardLanes.of(map).stream().map(l -> new Choice<>(l.id(), orUnnamed(l.title()))).toList();
    }

    /** "No persona", then the map's personas. */
    List<Choice<String>> personasOrNone(JourneyMap map) {
        List<Choice<String>> list = new ArrayList<>();
        list.add(new Choice<>(null, texts.get("persona.none")));
        map.personas().forEach(p -> list.add(new Choice<>(p.id(), orUnnamed(p.name()))));
        return list;
    }

    String orUnnamed(String name) {
        return name.isBlank() ? texts.get("unnamed") : name;
    }
}
