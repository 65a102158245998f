package nl.logboek.protocol;

/** One answer a decision can have (the meldcode's afweging 2: melden, hulp organiseren, ...). */
public record Option(String id, LocalizedText text) {
}
