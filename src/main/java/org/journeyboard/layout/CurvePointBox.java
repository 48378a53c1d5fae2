package org.journeyboard.layout;

/** Where one emotion point sits (its face's centre), its score and its label (maybe empty). */
public record CurvePointBox(String curveId, String pointId, String phaseId, double x, double y, int score,
                            TextBlock label) {
}
