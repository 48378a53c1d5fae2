package org.journeyboard.model.templates;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The phase models a new map can start from, each with its phases and default lanes. */
public enum TemplateKind {
    /** The seven phases German IHK exams ask for. */
    IHK7("ihk7", false, "pre-awareness", "awareness", "consideration", "preference", "purchase", "retention", "loyalty"),
    /** The classic four-step funnel: Attention, Interest, Desire, Action. */
    AIDA("aida", false, "attention", "interest", "desire", "action"),
    /** The common short form: Awareness, Consideration, Purchase, Retention, Advocacy. */
    FIVE("five", false, "awareness", "consideration", "purchase", "retention", "advocacy"),
    /** Business customers with long sales cycles; adds a backstage lane for the teams behind each step. */
    B2B("b2b", true, "need-recognition", "evaluation", "negotiation", "onboarding", "after-sales", "renewal", "referral");

    private final String code;
    private final boolean backstage;
    private final List<String> phaseKeys;

    TemplateKind(String code, boolean backstage, String... phaseKeys) {
        this.code = code;
        this.backstage = backstage;
        this.phaseKeys = List.of(phaseKeys);
    }

    /** The name used on the command line, e.g. "ihk7". */
    public String code() {
        return code;
    }

    public int phaseCount() {
        return phaseKeys.size();
    }

    /** Parses a code such as "aida"; throws IllegalArgumentException listing the valid codes. */
    public static TemplateKind ofCode(String code) {
        for (TemplateKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown template '" + code + "' (expected one of " + codes() + ")");
    }

    /** The valid codes, comma-separated, for help and error texts. */
    public static String codes() {
        return Arrays.stream(values()).map(TemplateKind::code).collect(Collectors.joining(", "));
    }

    /** Language-neutral keys of the phases in order; phase ids and text keys are made from them. */
    List<String> phaseKeys() {
        return phaseKeys;
    }

    boolean hasBackstage() {
        return backstage;
    }
}
