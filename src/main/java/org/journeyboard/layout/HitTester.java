package org.journeyboard.layout;

import java.util.List;

/** Answers {@link MapLayout#hitTest} in the order a user expects: small things on top of large ones. */
final class HitTester {
    private final MapLayout layout;
    private final CardIndex index;
    private final double slop;

    HitTester(MapLayout layout, CardIndex index) {
        this.layout = layout;
        this.index = index;
        this.slop = layout.style().hitSlop();
    }

    Hit at(double x, double y) {
        Hit point = curvePointAt(x, y);
        if (point != null) {
            return point;
        }
        CardBox card = index.at(x, y);
        if (card != null) {
            return new Hit.CardHit(card.cardId());
        }
        Rect grid = layout.grid();
        if (grid.inflate(slop).contains(x, y)) {
            for (PhaseBox p : layout.phases()) {
                if (Math.abs(x - p.column().right()) <= slop && y >= grid.y() - slop) {
                    return new Hit.PhaseBorderHit(p.phaseId());
                }
            }
            LaneBox lane = laneBorderAt(y);
            if (lane != null) {
                return new Hit.LaneBorderHit(lane.laneId());
            }
        }
        PhaseBox phase = phaseAt(x);
        if (phase != null && phase.header().contains(x, y)) {
            return new Hit.PhaseHeaderHit(phase.phaseId());
        }
        LaneBox lane = laneAt(y);
        if (lane != null && lane.header().contains(x, y)) {
            return new Hit.LaneHeaderHit(lane.laneId());
        }
        if (phase != null && lane != null && phase.column().contains(x, y)) {
            return new Hit.CellHit(phase.phaseId(), lane.laneId());
        }
        for (PersonaBox p : layout.personas()) {
            if (p.rect().contains(x, y)) {
                return new Hit.PersonaHit(p.personaId());
            }
        }
        return Hit.NOTHING;
    }

    private Hit curvePointAt(double x, double y) {
        double r = layout.style().pointRadius() + slop;
        for (EmotionLaneBox e : layout.emotionLanes()) {
            if (!e.band().inflate(r).contains(x, y)) {
                continue;
            }
            for (int c = e.curves().size() - 1; c >= 0; c--) {
                for (CurvePointBox p : e.curves().get(c).points()) {
                    double dx = x - p.x();
                    double dy = y - p.y();
                    if (dx * dx + dy * dy <= r * r) {
                        return new Hit.CurvePointHit(p.curveId(), p.pointId());
                    }
                }
            }
        }
        return null;
    }

    private LaneBox laneBorderAt(double y) {
        for (LaneBox l : layout.lanes()) {
            if (Math.abs(y - l.row().bottom()) <= slop) {
                return l;
            }
        }
        return null;
    }

    /** The phase whose column spans x (binary search: columns are sorted left to right). */
    private PhaseBox phaseAt(double x) {
        List<PhaseBox> phases = layout.phases();
        int lo = 0;
        int hi = phases.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Rect c = phases.get(mid).column();
            if (x < c.x()) {
                hi = mid - 1;
            } else if (x >= c.right()) {
                lo = mid + 1;
            } else {
                return phases.get(mid);
            }
        }
        return null;
    }

    /** The lane whose row spans y (binary search: rows are sorted top to bottom). */
    private LaneBox laneAt(double y) {
        List<LaneBox> lanes = layout.lanes();
        int lo = 0;
        int hi = lanes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Rect r = lanes.get(mid).row();
            if (y < r.y()) {
                hi = mid - 1;
            } else if (y >= r.bottom()) {
                lo = mid + 1;
            } else {
                return lanes.get(mid);
            }
        }
        return null;
    }
}
