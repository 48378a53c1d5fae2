package org.journeyboard.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;

/**
 * The KPIs of every phase, target against actual. More is better unless the target says less is the goal ("unter
 * 10 %", "below 20 %", "max. 3 Tage", "≤ 5"); a value equal to the target meets it.
 */
public final class Kpis {
    private Kpis() {
    }

    public static List<KpiCheck> checked(JourneyMap map) {
        List<KpiCheck> all = new ArrayList<>();
        for (Phase phase : map.phases()) {
            for (Kpi kpi : phase.kpis()) {
                all.add(check(phase, kpi, map));
            }
        }
        return List.copyOf(all);
    }

    static KpiCheck check(Phase phase, Kpi kpi, JourneyMap map) {
        Optional<KpiNumber> target = KpiNumber.parse(kpi.target(), map.language());
        Optional<KpiNumber> actual = KpiNumber.parse(kpi.actual(), map.language());
        Double t = target.map(KpiNumber::value).orElse(null);
        Double a = actual.map(KpiNumber::value).orElse(null);
        KpiStatus status = KpiStatus.NOT_COMPARABLE;
        if (target.isPresent() && actual.isPresent() && target.get().unit().equals(actual.get().unit())) {
            boolean met = target.get().lessIsBetter() ? a <= t : a >= t;
            status = met ? KpiStatus.MET : KpiStatus.MISSED;
        }
        return new KpiCheck(phase, kpi, t, a, status);
    }
}
