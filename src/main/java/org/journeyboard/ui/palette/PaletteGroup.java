package org.journeyboard.ui.palette;

import org.journeyboard.model.Channel;
import org.journeyboard.model.Reach;
import org.journeyboard.model.TouchpointType;

/** The sections of the palette: touchpoints by reach and channel, then the other cards. */
public enum PaletteGroup {
    DIRECT_ONLINE("group.directOnline"),
    DIRECT_OFFLINE("group.directOffline"),
    INDIRECT_ONLINE("group.indirectOnline"),
    INDIRECT_OFFLINE("group.indirectOffline"),
    CARDS("group.cards");

    private final String textKey;

    PaletteGroup(String textKey) {
        this.textKey = textKey;
    }

    String textKey() {
        return textKey;
    }

    /** The section a library touchpoint type is listed in, by its usual classification. */
    static PaletteGroup of(TouchpointType type) {
        boolean direct = type.usualReach() == Reach.DIRECT;
        boolean online = type.usualChannel() == Channel.ONLINE;
        if (direct) {
            return online ? DIRECT_ONLINE : DIRECT_OFFLINE;
        }
        return online ? INDIRECT_ONLINE : INDIRECT_OFFLINE;
    }
}
