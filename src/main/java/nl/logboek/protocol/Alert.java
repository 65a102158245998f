package nl.logboek.protocol;

/**
 * A warning shown to the coordinator. On a protocol it is shown at every step; on a step only at
 * that step.
 *
 * @param source where the alert comes from, when not from the protocol's own source
 */
public record Alert(String id, AlertKind kind, LocalizedText text, String source) {
}
