package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.journeyboard.io.PictureCheck.Verdict;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Picture;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

/** A persona picture must really be a PNG or JPEG of a sensible size, not just start like one. */
class PictureCheckTest {
    @Test
    void realPicturesPass() {
        assertThat(PictureCheck.check(PictureCheck.PNG, TinyPictures.png(40, 30))).isEqualTo(Verdict.OK);
        assertThat(PictureCheck.check(PictureCheck.JPEG, TinyPictures.jpeg(40, 30))).isEqualTo(Verdict.OK);
        byte[] padded = Arrays.copyOf(TinyPictures.jpeg(8, 8), TinyPictures.jpeg(8, 8).length + 16);
        assertThat(PictureCheck.check(PictureCheck.JPEG, padded)).isEqualTo(Verdict.OK);
    }

    @Test
    void picturesThatOnlyStartRightOrAreTheOtherTypeFail() {
        byte[] png = TinyPictures.png(10, 10);
        byte[] jpeg = TinyPictures.jpeg(10, 10);
        byte[] pngMagicThenGarbage = Arrays.copyOf(png, 200);
        Arrays.fill(pngMagicThenGarbage, 8, 200, (byte) 7);
        byte[] brokenCrc = png.clone();
        brokenCrc[20] ^= 1;
        for (byte[] bad : List.of(TinyPictures.truncated(png), pngMagicThenGarbage, brokenCrc, jpeg, new byte[0])) {
            assertThat(PictureCheck.check(PictureCheck.PNG, bad)).isEqualTo(Verdict.NOT_IMAGE);
        }
        byte[] soiThenGarbage = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        for (byte[] bad : List.of(TinyPictures.truncated(jpeg), soiThenGarbage, png, new byte[] {(byte) 0xFF})) {
            assertThat(PictureCheck.check(PictureCheck.JPEG, bad)).isEqualTo(Verdict.NOT_IMAGE);
        }
        assertThat(PictureCheck.check("image/gif", png)).isEqualTo(Verdict.NOT_IMAGE);
    }

    @Test
    void aSmallFileClaimingHugeDimensionsIsRefusedBeforeAnyDecoderSeesIt() {
        assertThat(PictureCheck.check(PictureCheck.PNG, TinyPictures.pngClaiming(100_000, 100_000)))
                .isEqualTo(Verdict.TOO_MANY_PIXELS);
        assertThat(PictureCheck.check(PictureCheck.PNG, TinyPictures.pngClaiming(6000, 6000)))
                .as("each side allowed, but 36 million pixels").isEqualTo(Verdict.TOO_MANY_PIXELS);
        assertThat(PictureCheck.check(PictureCheck.PNG, TinyPictures.pngClaiming(6000, 4000))).isEqualTo(Verdict.OK);
        assertThat(PictureCheck.check(PictureCheck.PNG, TinyPictures.pngClaiming(0, 10))).isEqualTo(Verdict.NOT_IMAGE);
    }

    /** Every persona of the map gets the picture (the generated maps' curves refer to their personas). */
    private static JourneyMap withPicture(JourneyMap map, Picture picture) {
        return map.withPersonas(map.personas().stream().map(x -> x.withPicture(picture)).toList());
    }

    @Test
    void theFileReaderSaysWhatIsWrongWithAPictureInBothLanguages() {
        JourneyMap base = GeneratedMaps.withCards(1, 1);
        JourneyMap bomb = withPicture(base, new Picture("image/png",
                TinyPictures.pngClaiming(50_000, 50_000)));
        assertThat(MapValidator.validate(bomb, Locale.ENGLISH)).extracting(Problem::message).containsExactly(
                "picture has too many pixels: at most 8,192 on each side and 24 million in all are allowed");
        assertThat(MapValidator.validate(bomb, Locale.GERMAN)).extracting(Problem::message)
                .containsExactly("Bild hat zu viele Pixel: erlaubt sind höchstens 8.192 je Seite und 24 Millionen insgesamt");
        JourneyMap truncated = withPicture(base, new Picture("image/jpeg",
                TinyPictures.truncated(TinyPictures.jpeg(20, 20))));
        assertThat(MapValidator.validate(truncated, Locale.ENGLISH)).extracting(Problem::message).containsExactly(
                "picture data is not a valid image/jpeg image (it is damaged or in another format)");
        JourneyMap good = withPicture(base, new Picture("image/png", TinyPictures.png(64, 64)));
        assertThat(MapValidator.validate(good, Locale.ENGLISH)).isEmpty();
    }
}
