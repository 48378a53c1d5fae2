package org.journeyboard.ui.canvas;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * A smooth move of the view from one place to another: the centre glides, the zoom changes at an even rate (by
 * factor, not by difference, so that zooming in and out feel alike), eased in and out. A new move starts from wherever
 * the last one had got to.
 */
public final class ViewAnimation {
    /** Where the view looks: the map point at its centre and the zoom. */
    public record Place(double centreX, double centreY, double zoom) {
    }

    /** Something that can show a place. */
    public interface Target {
        void show(Place place);
    }

    private final Target target;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private Timeline timeline;
    private Place from;
    private Place to;

    public ViewAnimation(Target target) {
        this.target = target;
        progress.addListener((o, was, now) -> {
            if (from != null && to != null) {
                target.show(between(from, to, now.doubleValue()));
            }
        });
    }

    /** Moves from {@code start} to {@code end} over {@code millis} (0: at once). */
    public void run(Place start, Place end, double millis) {
        stop();
        from = start;
        to = end;
        if (millis <= 0) {
            target.show(end);
            return;
        }
        progress.set(0);
        timeline = new Timeline(new KeyFrame(Duration.millis(millis),
                new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> {
            timeline = null;
            target.show(end);
        });
        timeline.play();
    }

    /** True while a move is under way. */
    public boolean isRunning() {
        return timeline != null;
    }

    /** Stops a move where it is. */
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    /** The place a fraction {@code t} (0..1) of the way. */
    static Place between(Place a, Place b, double t) {
        double zoom = Math.exp(Math.log(a.zoom()) + (Math.log(b.zoom()) - Math.log(a.zoom())) * t);
        return new Place(a.centreX() + (b.centreX() - a.centreX()) * t, a.centreY() + (b.centreY() - a.centreY()) * t,
                zoom);
    }
}
