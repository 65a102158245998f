package nl.logboek.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;

/** Shows everything as it was recorded. */
final class FullDisclosure implements Disclosure {
    @Override
    public boolean redacted() {
        return false;
    }

    @Override
    public boolean shares(String source) {
        return true;
    }

    @Override
    public String person(String name) {
        return name;
    }

    @Override
    public String author(String name) {
        return name;
    }

    @Override
    public String freeText(String text) {
        return text;
    }

    @Override
    public String label(String text) {
        return text;
    }

    @Override
    public ObjectNode payload(Event e) {
        return e.payload().deepCopy();
    }
}
