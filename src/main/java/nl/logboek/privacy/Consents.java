package nl.logboek.privacy;

import nl.logboek.incident.IncidentEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consent rule for sharing (AVG art. 6; docs/export.md, "Sharing"): personal data of an
 * incident may go to a partner when the latest consent event for that partner records a ground
 * (consent, legal duty, vital interest) and not a refusal. The one place this rule lives; the
 * fold ({@code Incident#consents}) only keeps the events.
 *
 * <p>Small, because an export keeps one for every incident between its passes: the latest word
 * per partner, and one shared instance for the many incidents without any consent event.
 */
public final class Consents {
    private static final Consents NONE = new Consents(null);

    /** Per partner: whether the latest consent event for it is a refusal; null without consents. */
    private final Map<String, Boolean> latestRefusal;

    private Consents(Map<String, Boolean> latestRefusal) {
        this.latestRefusal = latestRefusal;
    }

    /** The latest word per partner of an incident's consent events, given oldest first. */
    public static Consents of(List<IncidentEvent.Consent> consents) {
        Map<String, Boolean> refusals = null;
        for (IncidentEvent.Consent c : consents) {
            if (c.partner() != null) {
                if (refusals == null) {
                    refusals = new HashMap<>(2);
                }
                refusals.put(c.partner(), c.refused());
            }
        }
        return refusals == null ? NONE : new Consents(refusals);
    }

    /** Whether personal data may go to {@code partner}: the latest consent event for it records a ground, not a refusal. */
    public boolean allowSharingWith(String partner) {
        Boolean refused = latestRefusal == null ? null : latestRefusal.get(partner);
        return refused != null && !refused;
    }

    /** Whether the latest consent event for {@code partner} is a refusal. */
    public boolean refused(String partner) {
        Boolean refused = latestRefusal == null ? null : latestRefusal.get(partner);
        return refused != null && refused;
    }

    /**
     * The people and bodies of the school or organisation itself, and the pupil and parents: the
     * information stays where it was recorded (or goes back to the people it is about), so no
     * ground is needed to involve them. Every other partner is outside the organisation.
     */
    private static final Set<String> OWN = Set.of("leerling", "ouders", "docent", "mentor", "ondersteuner",
            "zorgcoordinator", "aandachtsfunctionaris", "ondersteuningsteam", "team", "school", "schoolleiding",
            "bestuur", "vertrouwenspersoon", "leidinggevende", "communicatie");

    /** Whether information going to {@code partner} leaves the organisation, and so needs a ground recorded for it. */
    public static boolean needsGround(String partner) {
        return partner != null && !OWN.contains(partner);
    }

    /** Of {@code partners}, in their order, those outside the organisation with no ground recorded (none, or refused last). */
    public List<String> withoutGround(Collection<String> partners) {
        List<String> out = new ArrayList<>();
        for (String p : partners) {
            if (needsGround(p) && !allowSharingWith(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
