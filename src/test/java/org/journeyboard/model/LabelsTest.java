package org.journeyboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

    @Test
    void namesLaneKindsInBothLanguages() {
        assertThat(Labels.of(Language.DE).laneKind(LaneKind.PAIN_POINTS)).isEqualTo("Schmerzpunkte");
        assertThat(Labels.of(Language.EN).laneKind(LaneKind.PAIN_POINTS)).isEqualTo("Pain points");
    }

    @Test
    void readsUmlautsAndSharpS() {
        assertThat(Labels.of(Language.DE).touchpointType(TouchpointType.FIELD_SALES)).isEqualTo("Außendienst");
        assertThat(Labels.of(Language.DE).laneKind(LaneKind.TOUCHPOINTS)).isEqualTo("Berührungspunkte");
    }

    @Test
    void englishDoesNotFallBackToTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Labels.bundle(Labels.BUNDLE, Language.EN).getString("laneKind.painPoints"))
                    .isEqualTo("Pain points");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEnumConstantHasARealLabel(Language language) {
        Labels labels = Labels.of(language);
        List<String> all = new ArrayList<>();
        all.addAll(labelsOf(LaneKind.values(), labels::laneKind));
        all.addAll(labelsOf(CardKind.values(), labels::cardKind));
        all.addAll(labelsOf(TouchpointType.values(), labels::touchpointType));
        all.addAll(labelsOf(Reach.values(), labels::reach));
        all.addAll(labelsOf(Channel.values(), labels::channel));
        all.addAll(labelsOf(Language.values(), labels::languageName));
        // a missing key comes back as the key itself, which always contains a dot
        assertThat(all).hasSize(LaneKind.values().length + CardKind.values().length
                        + TouchpointType.values().length + 2 + 2 + Language.values().length)
                .allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("."));
    }

    @Test
    void germanAndEnglishLabelsDiffer() {
        assertThat(Labels.of(Language.DE).laneKind(LaneKind.ACTIONS))
                .isNotEqualTo(Labels.of(Language.EN).laneKind(LaneKind.ACTIONS));
        assertThat(Labels.of(Language.DE).languageName(Language.EN)).isEqualTo("Englisch");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("/org/journeyboard/model/labels.properties");
        Properties de = load("/org/journeyboard/model/labels_de.properties");
        assertThat(en).isNotEmpty();
        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    private static <E> List<String> labelsOf(E[] values, Function<E, String> label) {
        return java.util.Arrays.stream(values).map(label).toList();
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
