package nl.logboek.protocol;

/** A reason to scale an incident up or down the ladder. */
public record Criterion(String id, LocalizedText text, String source) {
}
