package nl.logboek.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of obligation an item is, so that a coordinator reads law as law and advice as
 * advice: only a duty with the law named is printed as a legal duty.
 */
public enum Duty {
    /** Required by a law, which the item names (the meld- en aangifteplicht, the Meldcode, the AVG). */
    @JsonProperty("law") LAW,
    /** A rule of the source document itself (police contact in the Stappenplan Sexting & Loverboys). */
    @JsonProperty("rule") RULE,
    /** Advice of the source document. */
    @JsonProperty("advice") ADVICE
}
