package org.journeyboard.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Map<String, CardBox> cardsById = new HashMap<>();

    MapLayout(LayoutStyle style, TextBlock title, List<PersonaBox> personas, List<PhaseBox> phases,
              List<LaneBox> lanes, List<CardBox> cards, List<EmotionLaneBox> emotionLanes, Rect grid,
              double width, double height) {
        this.style = style;
        this.title = title;
        this.personas = List.copyOf(personas);
        this.phases = List.copyOf(phases);
        this.lanes = List.copyOf(lanes);
        this.cards = List.copyOf(cards);
        this.emotionLanes = List.copyOf(emotionLanes);
        this.grid = grid;
        this.width = width;
        this.height = height;
        this.index = new CardIndex(this.cards, width, height);
        for (CardBox c : this.cards) {
            cardsById.put(c.cardId(), c);
        }
    }

    /** Lays out {@code map} with {@code style}. */
    public static MapLayout of(JourneyMap map, LayoutStyle style) {
        return new MapLayoutBuilder(map, style).build();
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
        return Optional.ofNullable(cardsById.get(cardId));
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

    /** What lies at (x, y): a curve point, a card, a border, a header, a cell, a persona, or nothing. */
    public Hit hitTest(double x, double y) {
        return new HitTester(this, index).at(x, y);
    }
}
