package org.journeyboard.model;

/** Whether a touchpoint is met online or offline. */
public enum Channel {
    ONLINE, OFFLINE
}
