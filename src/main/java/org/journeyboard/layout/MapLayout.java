package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.journeyboard.model.JourneyMap;

/**
 * The geometry of a whole map: title, personas, phase columns, lane rows, cards, emotion curves, and the total size.
 * Computed once per map version and shared by the canvas and every export; it also answers what lies under a point
 * ({@link #hitTest}) and which cards a viewport shows ({@link #cardsIn}), both without scanning all cards.
 */
public final class MapLayout {
    private final LayoutStyle style;
    private final TextBlock title;
    private final List<PersonaBox> personas;
    private final List<PhaseBox> phases;
    private final List<LaneBox> lanes;
    private final List<CardBox> cards;
    private final List<EmotionLaneBox> emotionLanes;
    private final Rect grid;
    private final double width;
    private final double height;
    private final CardIndex index;
    private final JourneyMap map;
    /** Tells layouts apart, so that a later one can say what it changed since the one it was made from. */
    private final long serial = SERIALS.incrementAndGet();
    /** The serial of the layout this one kept cells of, and its cells; 0 and null when it was made from scratch. */
    private final long madeFrom;
    private final List<CellCards> earlierCells;

    private static final AtomicLong SERIALS = new AtomicLong();

    MapLayout(JourneyMap map, LayoutStyle style, TextBlock title, List<PersonaBox> personas, List<PhaseBox> phases,
              List<LaneBox> lanes, CardIndex index, List<EmotionLaneBox> emotionLanes, Rect grid,
              double width, double height, MapLayout earlier) {
        this.map = map;
        this.style = style;
        this.title = title;
        this.personas = List.copyOf(personas);
        this.phases = List.copyOf(phases);
        this.lanes = List.copyOf(lanes);
        this.cards = List.copyOf(CellCards.boxesOf(index.cells()));
        this.emotionLanes = List.copyOf(emotionLanes);
        this.grid = grid;
        this.width = width;
        this.height = height;
        this.index = index;
        this.madeFrom = earlier == null ? 0 : earlier.serial;
        this.earlierCells = earlier == null ? null : earlier.cells();
    }

    /** Lays out {@code map} with {@code style}. */
    public static MapLayout of(JourneyMap map, LayoutStyle style) {
        return of(map, style, null);
    }

    /**
     * Lays out {@code map} with {@code style}, keeping of {@code previous} (a layout of an earlier or later version of
     * the map; may be null) what is unchanged: after an edit of some cards only their cells are placed again, and the
     * cells below a row that grew or shrank are moved. The result is exactly that of {@link #of(JourneyMap,
     * LayoutStyle)}; it just comes faster.
     */
    public static MapLayout of(JourneyMap map, LayoutStyle style, MapLayout previous) {
        return new MapLayoutBuilder(map, style, previous).build();
    }

    /** Lays out {@code map} with the standard style. */
    public static MapLayout of(JourneyMap map) {
        return of(map, LayoutStyle.STANDARD);
    }

    public LayoutStyle style() {
        return style;
    }

    /** The map's title at the top left (no lines when the map has no title). */
    public TextBlock title() {
        return title;
    }

    public List<PersonaBox> personas() {
        return personas;
    }

    /** Phase columns, left to right. */
    public List<PhaseBox> phases() {
        return phases;
    }

    /** Visible lanes, top to bottom; hidden lanes have no box. */
    public List<LaneBox> lanes() {
        return lanes;
    }

    /** Every card in a visible lane and an existing phase, in drawing order. */
    public List<CardBox> cards() {
        return cards;
    }

    public List<EmotionLaneBox> emotionLanes() {
        return emotionLanes;
    }

    /** The area of phase headers, lane headers and cells together. */
    public Rect grid() {
        return grid;
    }

    /** Total width including margins. */
    public double width() {
        return width;
    }

    /** Total height including margins. */
    public double height() {
        return height;
    }

    /** The whole map as a rectangle from the origin. */
    public Rect bounds() {
        return new Rect(0, 0, width, height);
    }

    public Optional<CardBox> card(String cardId) {
        return Optional.ofNullable(index.card(cardId));
    }

    public Optional<PhaseBox> phase(String phaseId) {
        return phases.stream().filter(p -> p.phaseId().equals(phaseId)).findFirst();
    }

    public Optional<LaneBox> lane(String laneId) {
        return lanes.stream().filter(l -> l.laneId().equals(laneId)).findFirst();
    }

    /** The rectangle of a cell, if both its phase and its (visible) lane are laid out. */
    public Optional<Rect> cell(String phaseId, String laneId) {
        return phase(phaseId).flatMap(p -> lane(laneId).map(l ->
                new Rect(p.column().x(), l.row().y(), p.column().width(), l.row().height())));
    }

    /** The cards whose rectangle intersects {@code area}, in drawing order (for culling to a viewport). */
    public List<CardBox> cardsIn(Rect area) {
        return index.in(area);
    }

    /**
     * When this layout was made from {@code earlier} ({@link #of(JourneyMap, LayoutStyle, MapLayout)}): the boxes of
     * the cells it placed or moved anew, as they were in {@code earlier} and as they are here, each in drawing order;
     * every other card has the very same box in both, in the same place of the drawing order. Empty otherwise.
     */
    public Optional<ReplacedCards> cardsReplacedSince(MapLayout earlier) {
        if (earlier == null || earlierCells == null || earlier.serial != madeFrom) {
            return Optional.empty();
        }
        List<CellCards> now = index.cells();
        List<CardBox> before = new ArrayList<>();
        List<CardBox> after = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != earlierCells.get(i)) {
                before.addAll(earlierCells.get(i).boxes);
                after.addAll(now.get(i).boxes);
            }
        }
        return Optional.of(new ReplacedCards(before, after));
    }

    /** The boxes of the cells one layout placed anew over another: {@link #cardsReplacedSince}. */
    public record ReplacedCards(List<CardBox> before, List<CardBox> now) {
        public ReplacedCards {
            before = List.copyOf(before);
            now = List.copyOf(now);
        }
    }

    /** The map this layout shows. */
    JourneyMap map() {
        return map;
    }

    /** The cards cell by cell, every cell of the grid in drawing order (lane by lane, phase by phase). */
    List<CellCards> cells() {
        return index.cells();
    }

    CardIndex index() {
        return index;
    }

    /** What lies at (x, y): a curve point, a card, a border, a header, a cell, a persona, or nothing. */
    public Hit hitTest(double x, double y) {
        return new HitTester(this, index).at(x, y);
    }
}
