package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.journeyboard.layout.Rect;
import org.junit.jupiter.api.Test;

class ImpositionTest {
    private static final Rect AREA = new Rect(20, 20, 800, 500);

    @Test
    void fitKeepsTheAspectAndStaysInsideTheArea() {
        List<Sheet> sheets = Imposition.plan(new Placement.Fit(), 2000, 1000, AREA, 0);
        assertThat(sheets).hasSize(1);
        Sheet s = sheets.get(0);
        assertThat(s.scale()).isCloseTo(0.4, within(1e-9));
        // centred both ways: across (800 - 2000 * 0.4) / 2 = 0, down (500 - 1000 * 0.4) / 2 = 50
        assertThat(s.offsetX()).isCloseTo(20, within(1e-9));
        assertThat(s.offsetY()).isCloseTo(70, within(1e-9));
        List<Sheet> tall = Imposition.plan(new Placement.Fit(), 500, 1000, AREA, 0);
        assertThat(tall.get(0).scale()).isCloseTo(0.5, within(1e-9));
        assertThat(tall.get(0).offsetX()).isCloseTo(20 + (800 - 250) / 2.0, within(1e-9));
    }

    @Test
    void tilesMakeColumnsTimesRowsSheetsThatOverlapByTheGlueStrip() {
        double overlap = 30;
        List<Sheet> sheets = Imposition.plan(new Placement.Tiles(3, 2), 3000, 1500, AREA, overlap);
        assertThat(sheets).hasSize(6);
        assertThat(sheets).extracting(Sheet::label).containsExactly(
                "A1 · 3×2", "B1 · 3×2", "C1 · 3×2", "A2 · 3×2", "B2 · 3×2", "C2 · 3×2");
        double scale = sheets.get(0).scale();
        // the poster is 3 * 770 + 30 = 2340 wide and 2 * 470 + 30 = 970 high; the map is bound by its height
        assertThat(scale).isCloseTo(Math.min(2340 / 3000.0, 970 / 1500.0), within(1e-9));
        assertThat(sheets).allMatch(s -> s.scale() == scale);
        // a neighbour shows the content shifted by the area minus the overlap, so the glue strip repeats
        assertThat(sheets.get(0).offsetX() - sheets.get(1).offsetX()).isCloseTo(800 - overlap, within(1e-9));
        assertThat(sheets.get(0).offsetY() - sheets.get(3).offsetY()).isCloseTo(500 - overlap, within(1e-9));
        // together the sheets cover the whole content
        Sheet last = sheets.get(5);
        double contentRight = last.offsetX() + 3000 * scale;
        double contentBottom = last.offsetY() + 1500 * scale;
        assertThat(contentRight).isLessThanOrEqualTo(AREA.right() + 1e-6);
        assertThat(contentBottom).isLessThanOrEqualTo(AREA.bottom() + 1e-6);
        assertThat(sheets.get(0).offsetX()).isGreaterThanOrEqualTo(AREA.x() - 1e-6);
    }

    @Test
    void aFixedScaleTakesAsManySheetsAsTheMapNeeds() {
        List<Sheet> one = Imposition.plan(new Placement.Scale(0.25), 2000, 1000, AREA, 30);
        assertThat(one).hasSize(1);
        List<Sheet> many = Imposition.plan(new Placement.Scale(1), 2000, 1000, AREA, 30);
        // across: 800, then 770 per sheet: 3 sheets cover 2340 >= 2000; down: 500 + 470 = 970 < 1000 -> 3 rows
        assertThat(many).hasSize(9);
        assertThat(many.get(0).columns()).isEqualTo(3);
        assertThat(many.get(0).rows()).isEqualTo(3);
        assertThat(many).allMatch(s -> s.scale() == 1);
    }

    @Test
    void tilesParseFromTheCommandLineForm() {
        assertThat(Placement.Tiles.parse("3x2")).isEqualTo(new Placement.Tiles(3, 2));
        assertThat(Placement.Tiles.parse(" 4×3 ")).isEqualTo(new Placement.Tiles(4, 3));
        assertThatThrownBy(() -> Placement.Tiles.parse("3")).hasMessageContaining("3x2");
        assertThatThrownBy(() -> Placement.Tiles.parse("0x2")).hasMessageContaining("1 to 20", "0×2");
        assertThatThrownBy(() -> new Placement.Scale(0)).hasMessageContaining("scale");
    }

    @Test
    void columnLabelsGoBeyondZ() {
        assertThat(Sheet.columnLetters(0)).isEqualTo("A");
        assertThat(Sheet.columnLetters(25)).isEqualTo("Z");
        assertThat(Sheet.columnLetters(26)).isEqualTo("AA");
    }

    @Test
    void papersAreTheIsoAndUsSizesTurnedAsAsked() {
        assertThat(Paper.A4.width()).isCloseTo(595.28, within(0.01));
        assertThat(Paper.A4.height()).isCloseTo(841.89, within(0.01));
        assertThat(Paper.A0.height()).isCloseTo(3370.39, within(0.01));
        assertThat(Paper.LETTER.width()).isEqualTo(612);
        assertThat(Paper.TABLOID.height()).isEqualTo(1224);
        assertThat(Paper.parse("letter")).isEqualTo(Paper.LETTER);
        assertThat(Paper.A3.displayName()).isEqualTo("A3");
        assertThat(Paper.LEGAL.displayName()).isEqualTo("Legal");
        assertThatThrownBy(() -> Paper.parse("B5")).hasMessageContaining("A4, A3");
        PageSize landscape = PageSize.of(Paper.A4, Orientation.LANDSCAPE, 1, 1);
        assertThat(landscape.width()).isGreaterThan(landscape.height());
        PageSize auto = PageSize.of(Paper.A3, Orientation.AUTO, 100, 300);
        assertThat(auto.width()).isLessThan(auto.height());
        Rect inside = landscape.inside(Paper.mm(10));
        assertThat(inside.x()).isCloseTo(28.35, within(0.01));
        assertThat(inside.right()).isCloseTo(landscape.width() - 28.35, within(0.01));
    }
}
