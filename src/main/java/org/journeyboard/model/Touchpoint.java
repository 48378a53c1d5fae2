package org.journeyboard.model;

/** How a touchpoint card is classified: its type from the library (or a custom name), direct/indirect, online/offline. */
public record Touchpoint(TouchpointType type, String customType, Reach reach, Channel channel) {
    public Touchpoint {
        type = type == null ? TouchpointType.CUSTOM : type;
        customType = Text.orEmpty(customType);
        reach = reach == null ? type.usualReach() : reach;
        channel = channel == null ? type.usualChannel() : channel;
    }

    /** A touchpoint of the given type with that type's usual classification. */
    public static Touchpoint of(TouchpointType type) {
        return new Touchpoint(type, "", type.usualReach(), type.usualChannel());
    }
}
