package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Incident;
import nl.logboek.privacy.PartnerWarnings;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the escalation ladder needs said beside the checklist: moves by two team members who had not
 * seen each other's (in `next` and `show`), and the warnings before sharing with a partner (on
 * stderr, after `escalate`). Labels, never ids: a partner by its name, a level by its title.
 */
final class EscalationText {
    private final Messages msg;
    private final ProtocolRegistry protocols;

    EscalationText(Messages msg, ProtocolRegistry protocols) {
        this.msg = msg;
        this.protocols = protocols;
    }

    /** One line per unsettled conflict, marked as a warning; nothing when there is none. */
    void conflicts(PrintWriter out, Incident i) {
        for (Incident.MoveConflict c : i.moveConflicts()) {
            boolean up = !c.firstDown() && !c.secondDown();
            String first = up ? level(i, c.firstTo()) : msg.get(c.firstDown() ? "escalate.conflict.to-down" : "escalate.conflict.to-up", level(i, c.firstTo()));
            String second = up ? level(i, c.secondTo()) : msg.get(c.secondDown() ? "escalate.conflict.to-down" : "escalate.conflict.to-up", level(i, c.secondTo()));
            out.println("! " + TerminalText.safe(msg.get(up ? "escalate.conflict.up" : "escalate.conflict.moved",
                    c.firstAuthor(), first, c.secondAuthor(), second, i.id())));
        }
        out.flush();
    }

    /** The warnings (privacy.PartnerWarnings) for sharing the incident with these partners, one line each. */
    void warnings(PrintWriter err, Incident i, List<String> partners) {
        for (PartnerWarnings.Warning w : PartnerWarnings.forSharing(i, partners)) {
            String key = switch (w.kind()) {
                case PRIVATE_ACCOUNT -> "escalate.warn-private-account";
                case REFUSED -> "escalate.warn-refused";
                case NO_GROUND -> "escalate.warn-no-ground";
            };
            err.println(msg.get(key, names(w.partners()), i.id(), w.partners().get(0)));
        }
        err.flush();
    }

    /** The partners an escalation reaches: the one named with --partner, or every partner of the level it went to. */
    List<String> reached(Incident i, String partner, String levelId) {
        if (partner != null) {
            return List.of(partner);
        }
        return protocol(i).flatMap(p -> p.ladder() == null ? java.util.Optional.empty() : p.ladder().level(levelId))
                .map(l -> l.partners()).orElse(List.of());
    }

    private String names(List<String> partnerIds) {
        List<String> out = new ArrayList<>();
        for (String p : partnerIds) {
            out.add(partner(p));
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        return String.join(", ", out.subList(0, out.size() - 1)) + (msg.dutch() ? " en " : " and ") + out.get(out.size() - 1);
    }

    /** A partner's name in the user's language, or its id when no protocol knows it. */
    public String partner(String id) {
        return id == null ? null : protocols.partner(id).map(p -> p.name().in(msg.language())).orElse(id);
    }

    /** A level's title in the user's language, or its id when the incident's protocol has no such level. */
    public String level(Incident i, String levelId) {
        if (levelId == null) {
            return "-";
        }
        return protocol(i).flatMap(p -> p.ladder() == null ? java.util.Optional.empty() : p.ladder().level(levelId))
                .map(l -> l.title() == null ? levelId : l.title().in(msg.language())).orElse(levelId);
    }

    private java.util.Optional<Protocol> protocol(Incident i) {
        try {
            return i.protocol() == null ? java.util.Optional.empty() : protocols.byId(i.protocol());
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // a protocol that no longer loads: ids are still facts
        }
    }
}
