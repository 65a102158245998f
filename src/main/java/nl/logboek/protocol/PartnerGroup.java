package nl.logboek.protocol;

import java.util.List;

/** A named list of partners, such as the seed's "noodzakelijk" or "bij opschaling". */
public record PartnerGroup(String id, LocalizedText title, List<String> partners) {

    public PartnerGroup {
        partners = Copies.of(partners);
    }
}
