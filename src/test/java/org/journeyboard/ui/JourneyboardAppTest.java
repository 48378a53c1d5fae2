package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class JourneyboardAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new JourneyboardApp().start(stage);
    }

    @Test
    void windowShowsTitle() {
        assertThat(stage.getTitle()).isEqualTo("Journeyboard");
        assertThat(stage.isShowing()).isTrue();
    }
}
