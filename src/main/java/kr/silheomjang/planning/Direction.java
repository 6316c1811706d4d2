package kr.silheomjang.planning;

/** The keyboard/menu alternative to dragging a card. */
public enum Direction {
    LEFT, RIGHT, UP, DOWN
}
