package nl.logboek.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an alert is shown, so a front end can order and mark them (legal duties first). */
public enum AlertKind {
    /** A legal duty, with the law named (the meld- en aangifteplicht, the Meldcode, the AVG). */
    @JsonProperty("law") LAW,
    /**
     * Read from protocols written before the law/rule/advice labels: printed as a protocol rule,
     * since the law it rests on is not named ({@code protocols check} says so).
     */
    @JsonProperty("legal") LEGAL,
    /** What may and may not be done with personal information (AVG, private accounts). */
    @JsonProperty("privacy") PRIVACY,
    /** Images of minors: never store, copy or forward them. */
    @JsonProperty("image") IMAGE,
    /** A time limit or a call to act fast. */
    @JsonProperty("urgency") URGENCY,
    /** A rule of the source document itself (the golden rule, police contact with sexting). */
    @JsonProperty("rule") RULE,
    /** Advice of the source document. */
    @JsonProperty("advice") ADVICE
}
