package org.journeyboard.model;

/** Whether a touchpoint is the company's own (direct) or a third party's voice (indirect). */
public enum Reach {
    DIRECT, INDIRECT
}
