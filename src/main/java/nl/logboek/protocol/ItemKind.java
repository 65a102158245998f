package nl.logboek.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an item is completed: ticked, answered ja/nee/twijfel/onbekend, or answered with one of its options. */
public enum ItemKind {
    @JsonProperty("action") ACTION,
    @JsonProperty("question") QUESTION,
    @JsonProperty("decision") DECISION;

    /** The answers a question takes. */
    public static final java.util.List<String> QUESTION_ANSWERS = java.util.List.of("ja", "nee", "twijfel", "onbekend");
}
