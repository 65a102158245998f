package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.util.Optional;

/**
 * The words a person reads for the ids of an incident's protocol (items, steps, levels, partners),
 * in the user's language, from the protocol the incident follows (an item also from another loaded
 * protocol). An id no loaded protocol knows is shown as it is, never dropped.
 */
final class ProtocolLabels {
    /** Labels that are the ids themselves: where no protocol is at hand. */
    static final ProtocolLabels IDS = new ProtocolLabels(null, null, (String) null);

    private final Messages msg;
    private final ProtocolRegistry protocols;
    private final String protocolId;
    /** The incident's own protocol, bound on first use: a text that names no item needs none. */
    private Optional<Protocol> own;

    private ProtocolLabels(Messages msg, ProtocolRegistry protocols, String protocolId) {
        this.msg = msg;
        this.protocols = protocols;
        this.protocolId = protocolId;
    }

    static ProtocolLabels of(Messages msg, ProtocolRegistry protocols, String protocolId) {
        return new ProtocolLabels(msg, protocols, protocolId);
    }

    private Optional<Protocol> own() {
        if (own == null) {
            try {
                own = protocolId == null ? Optional.empty() : protocols.byId(protocolId);
            } catch (LogboekException unreadable) {
                own = Optional.empty();
            }
        }
        return own;
    }

    private String text(LocalizedText t, String id) {
        String s = t == null || msg == null ? null : t.in(msg.language());
        return s == null || s.isBlank() ? TerminalText.safe(id) : TerminalText.safe(s).strip();
    }

    /** The protocol's title, or its id. */
    String protocol(String id) {
        return own().filter(p -> p.id().equals(id)).or(() -> loaded(id)).map(p -> text(p.title(), id))
                .orElseGet(() -> TerminalText.safe(id));
    }

    /** Another loaded protocol (one added beside the incident's own), or none. */
    private Optional<Protocol> loaded(String id) {
        if (msg == null || protocols == null || id == null) {
            return Optional.empty();
        }
        try {
            return protocols.byId(id);
        } catch (LogboekException unreadable) {
            return Optional.empty();
        }
    }

    String item(String id) {
        if (msg == null || id == null) {
            return TerminalText.safe(id);
        }
        int colon = id.indexOf(':');
        if (colon > 0) {
            String bare = id.substring(colon + 1);
            return loaded(id.substring(0, colon)).flatMap(p -> p.item(bare)).map(item -> text(item.text(), id))
                    .orElseGet(() -> TerminalText.safe(id));
        }
        return own().flatMap(p -> p.item(id))
                .or(() -> protocols.all().stream().flatMap(p -> p.item(id).stream()).findFirst())
                .map(item -> text(item.text(), id)).orElseGet(() -> TerminalText.safe(id));
    }

    /** An item's text inside a sentence that ends in its own full stop: without the text's final one. */
    String itemInSentence(String id) {
        String text = item(id);
        return text != null && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A step of a protocol added beside the incident's own. */
    String step(String protocol, String id) {
        if (protocol == null) {
            return step(id);
        }
        return loaded(protocol).flatMap(p -> p.step(id)).map(s -> text(s.title(), id))
                .orElseGet(() -> TerminalText.safe(protocol + ":" + id));
    }

    String step(String id) {
        if (msg == null || id == null) {
            return TerminalText.safe(id);
        }
        return own().flatMap(p -> p.step(id)).map(s -> text(s.title(), id)).orElseGet(() -> TerminalText.safe(id));
    }

    String level(String id) {
        if (msg == null || id == null) {
            return TerminalText.safe(id);
        }
        return own().map(Protocol::ladder).flatMap(l -> l.level(id)).map(Level::title).map(t -> text(t, id)).orElseGet(() -> TerminalText.safe(id));
    }

    String partner(String id) {
        if (msg == null || id == null) {
            return TerminalText.safe(id);
        }
        Optional<nl.logboek.protocol.Partner> p;
        try {
            p = protocols.partner(id);
        } catch (LogboekException unreadable) {
            p = Optional.empty();
        }
        return p.map(x -> text(x.name(), id)).orElseGet(() -> TerminalText.safe(id));
    }
}
