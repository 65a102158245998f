package nl.logboek.protocol;

/** An organisation or role a coordinator can involve, named by a stable id. */
public record Partner(String id, LocalizedText name) {
}
