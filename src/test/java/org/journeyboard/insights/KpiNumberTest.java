package org.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.journeyboard.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiNumberTest {
    @ParameterizedTest(name = "{0} ({1}) = {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "3 %|DE|3|%|false",
        "2,1 %|DE|2.1|%|false",
        "2.1 %|EN|2.1|%|false",
        "1.200|DE|1200||false",
        "1.200|EN|1.2||false",
        "1,200|EN|1200||false",
        "1,200|DE|1.2||false",
        "1.200.000 Kontakte|DE|1200000|kontakte|false",
        "1 Mio. Kontakte|DE|1000000|kontakte|false",
        "2,5 Mio.|DE|2500000||false",
        "1.5 million contacts|EN|1500000|contacts|false",
        "48 %|DE|48|%|false",
        "unter 10 %|DE|10|%|true",
        "below 20 %|EN|20|%|true",
        "höchstens 3 Tage|DE|3|tage|true",
        "≤ 5|DE|5||true",
        "mindestens 4,5 Sterne|DE|4.5|sterne|false",
        "1.800 €|DE|1800|€|false",
        "€1,800|EN|1800|€|false",
        "+52|EN|52||false",
        "−3|DE|-3||false",
        "12 Prozent|DE|12|%|false",
        "40k|EN|40000||false",
        "1.234,5|EN|1234.5||false",
    })
    void readsWhatPeopleWrite(String text, Language language, double value, String unit, boolean less) {
        Optional<KpiNumber> n = KpiNumber.parse(text, language);
        assertThat(n).isPresent();
        assertThat(n.get().value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.get().unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(n.get().lessIsBetter()).isEqualTo(less);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "steigend", "ca. 5 %", "Q3 2026", "n/a", "1,2,3,4.5.6"})
    void textThatIsNoValueIsNotCompared(String text) {
        assertThat(KpiNumber.parse(text, Language.DE)).isEmpty();
    }
}
