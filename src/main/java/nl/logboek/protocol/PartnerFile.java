package nl.logboek.protocol;

import java.util.List;

/** The content of a partners.json file. */
record PartnerFile(Integer format, List<Partner> partners) {

    PartnerFile {
        partners = Copies.of(partners);
    }
}
