package org.journeyboard.layout;

import org.journeyboard.model.LaneKind;

/** Where a visible lane is drawn: its header at the left and its row through all phases. */
public record LaneBox(String laneId, int index, LaneKind kind, Rect header, Rect row, TextBlock title) {
}
