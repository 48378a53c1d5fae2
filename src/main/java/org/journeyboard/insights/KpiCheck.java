package org.journeyboard.insights;

import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;

/** One KPI of a phase with its target and actual read as numbers where they are, and the verdict. */
public record KpiCheck(Phase phase, Kpi kpi, Double target, Double actual, KpiStatus status) {
}
