package org.journeyboard.testing;

import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;

/** A Canvas2D that draws nothing; tests override the few calls they want to see. */
public class NoOpCanvas implements Canvas2D {
    @Override
    public void setFill(Colour colour) {
    }

    @Override
    public void setStroke(Colour colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setDashes(double... pattern) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
    }

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
    }

    @Override
    public void save() {
    }

    @Override
    public void restore() {
    }

    @Override
    public void translate(double dx, double dy) {
    }

    @Override
    public void scale(double factor) {
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
    }
}
