package org.journeyboard.insights;

import org.journeyboard.model.CurvePoint;

/**
 * A fall of a curve from one point to the next: between the last point of a phase and the first of the next phase
 * that has points, or between two neighbouring points within a phase. {@code size} is how far it falls (positive).
 * Such falls are the candidates for moments of truth.
 */
public record EmotionDrop(String curveId, CurvePoint from, CurvePoint to, int size, boolean withinPhase) {
}
