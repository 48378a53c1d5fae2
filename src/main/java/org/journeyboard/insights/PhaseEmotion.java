package org.journeyboard.insights;

import org.journeyboard.model.CurvePoint;

/** One curve in one phase: the mean and the minimum of its points there, and the lowest point (with its label). */
public record PhaseEmotion(String curveId, String phaseId, int points, double mean, int min, CurvePoint lowest) {
}
