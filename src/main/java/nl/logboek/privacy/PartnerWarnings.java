package nl.logboek.privacy;

import nl.logboek.incident.Incident;

import java.util.ArrayList;
import java.util.List;

/**
 * What to warn about when an incident goes to partners outside the organisation ({@code escalate}
 * up to a level, or with {@code --partner}): warnings, never refusals, because the coordinator may
 * have to act before the paperwork is done.
 *
 * <ul>
 *   <li>{@link Kind#PRIVATE_ACCOUNT}: its information came from a private account and is not shared
 *       with partners ({@link SourceRules}); then nothing else is said;</li>
 *   <li>{@link Kind#REFUSED}: the latest word recorded for a partner is a refusal of consent;</li>
 *   <li>{@link Kind#NO_GROUND}: no ground (consent, legal duty, vital interest) is recorded for a partner
 *       ({@link Consents}).</li>
 * </ul>
 */
public final class PartnerWarnings {
    /** What a warning is about. */
    public enum Kind { PRIVATE_ACCOUNT, REFUSED, NO_GROUND }

    /** One warning: its kind and the partner ids it is about, in the order given. */
    public record Warning(Kind kind, List<String> partners) {
        public Warning {
            partners = List.copyOf(partners);
        }
    }

    private PartnerWarnings() {
    }

    /** The warnings for sharing {@code incident}'s information with {@code partners} (ids); none for partners of the organisation itself. */
    public static List<Warning> forSharing(Incident incident, List<String> partners) {
        List<String> outside = partners.stream().filter(Consents::needsGround).distinct().toList();
        if (outside.isEmpty()) {
            return List.of();
        }
        if (SourceRules.fromPrivateAccount(incident.source())) {
            return List.of(new Warning(Kind.PRIVATE_ACCOUNT, outside));
        }
        Consents consents = Consents.of(incident.consents());
        List<String> refused = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String p : consents.withoutGround(outside)) {
            (consents.refused(p) ? refused : none).add(p);
        }
        List<Warning> out = new ArrayList<>(2);
        if (!refused.isEmpty()) {
            out.add(new Warning(Kind.REFUSED, refused));
        }
        if (!none.isEmpty()) {
            out.add(new Warning(Kind.NO_GROUND, none));
        }
        return out;
    }
}
