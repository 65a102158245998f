package nl.logboek.protocol;

/**
 * Someone involved in an incident as protocol choice sees them: role (slachtoffer, dader,
 * getuige, melder) and kind (leerling, medewerker, derde; null when not recorded).
 */
public record Party(String role, String kind) {
}
