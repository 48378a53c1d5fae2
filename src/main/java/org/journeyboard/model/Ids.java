package org.journeyboard.model;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Makes short, readable ids such as "card-7f3a9b21" that do not clash with the ones a map already has. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A fresh id with the given prefix, e.g. {@code next("card")}. */
    public static String next(String prefix) {
        return prefix + "-" + String.format("%08x", RANDOM.nextInt());
    }

    /** A fresh id with the given prefix that is not in {@code taken}. */
    public static String nextNotIn(String prefix, Collection<String> taken) {
        Set<String> set = taken instanceof Set<String> s ? s : new HashSet<>(taken);
        String id;
        do {
            id = next(prefix);
        } while (set.contains(id));
        return id;
    }

    /** Every id the map uses (personas, phases, lanes, cards, curves and curve points). */
    public static Set<String> allIn(JourneyMap map) {
        Set<String> ids = new HashSet<>();
        map.personas().forEach(p -> ids.add(p.id()));
        map.phases().forEach(p -> ids.add(p.id()));
        map.lanes().forEach(l -> ids.add(l.id()));
        map.cards().forEach(c -> ids.add(c.id()));
        map.curves().forEach(c -> {
            ids.add(c.id());
            c.points().forEach(p -> ids.add(p.id()));
        });
        return ids;
    }
}
