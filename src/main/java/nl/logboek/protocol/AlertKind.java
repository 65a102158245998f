package nl.logboek.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an alert is shown, so a front end can order and mark them (legal duties first). */
public enum AlertKind {
    /** A legal duty or a criminal-law fact (aangifte, meld- en aangifteplicht, police). */
    @JsonProperty("legal") LEGAL,
    /** What may and may not be done with personal information (AVG, private accounts). */
    @JsonProperty("privacy") PRIVACY,
    /** Images of minors: never store, copy or forward them (art. 240b Sr). */
    @JsonProperty("image") IMAGE,
    /** A time limit or a call to act fast. */
    @JsonProperty("urgency") URGENCY,
    /** A rule of conduct from the protocol itself (the golden rule, be transparent). */
    @JsonProperty("rule") RULE
}
