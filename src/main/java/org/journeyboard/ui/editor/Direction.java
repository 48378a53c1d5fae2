package org.journeyboard.ui.editor;

/** An arrow key's direction. */
public enum Direction {
    LEFT, RIGHT, UP, DOWN
}
