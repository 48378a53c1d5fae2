package org.journeyboard.model;

/** The built-in touchpoint library, each type with its usual classification; {@link #CUSTOM} carries a user's own name. */
public enum TouchpointType {
    WEBSITE("website", Reach.DIRECT, Channel.ONLINE),
    WEB_SHOP("webShop", Reach.DIRECT, Channel.ONLINE),
    SEARCH_ENGINE("searchEngine", Reach.DIRECT, Channel.ONLINE),
    SOCIAL_MEDIA("socialMedia", Reach.DIRECT, Channel.ONLINE),
    NEWSLETTER("newsletter", Reach.DIRECT, Channel.ONLINE),
    DISPLAY_BANNER("displayBanner", Reach.DIRECT, Channel.ONLINE),
    TV_RADIO("tvRadio", Reach.DIRECT, Channel.OFFLINE),
    POSTER("poster", Reach.DIRECT, Channel.OFFLINE),
    RATING_PORTAL("ratingPortal", Reach.INDIRECT, Channel.ONLINE),
    FORUM("forum", Reach.INDIRECT, Channel.ONLINE),
    BLOG("blog", Reach.INDIRECT, Channel.ONLINE),
    INFLUENCER("influencer", Reach.INDIRECT, Channel.ONLINE),
    HOTLINE("hotline", Reach.DIRECT, Channel.OFFLINE),
    CHAT("chat", Reach.DIRECT, Channel.ONLINE),
    APP("app", Reach.DIRECT, Channel.ONLINE),
    STORE("store", Reach.DIRECT, Channel.OFFLINE),
    TRADE_FAIR("tradeFair", Reach.DIRECT, Channel.OFFLINE),
    LETTER("letter", Reach.DIRECT, Channel.OFFLINE),
    FIELD_SALES("fieldSales", Reach.DIRECT, Channel.OFFLINE),
    WORD_OF_MOUTH("wordOfMouth", Reach.INDIRECT, Channel.OFFLINE),
    CUSTOM("custom", Reach.DIRECT, Channel.ONLINE);

    private final String code;
    private final Reach usualReach;
    private final Channel usualChannel;

    TouchpointType(String code, Reach usualReach, Channel usualChannel) {
        this.code = code;
        this.usualReach = usualReach;
        this.usualChannel = usualChannel;
    }

    /** The name used in files. */
    public String code() {
        return code;
    }

    public Reach usualReach() {
        return usualReach;
    }

    public Channel usualChannel() {
        return usualChannel;
    }

    public static TouchpointType ofCode(String code) {
        for (TouchpointType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown touchpoint type '" + code + "'");
    }
}
