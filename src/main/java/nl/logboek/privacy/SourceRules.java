package nl.logboek.privacy;

import nl.logboek.LogboekException;

import java.util.List;

/**
 * The rules about where an incident's information came from (Routekaart Samenwerken bij online
 * jeugdcriminaliteit, privacy rules): look only at public sources; information from a private
 * account is not shared with partners (youth work only by exception, with covenant partners);
 * closed accounts are the police's, by order of the public prosecutor (OM). The one place these
 * rules live; `new`, `escalate` and `export --for` apply them.
 */
public final class SourceRules {
    /** Information from a private account: recorded, never shared with partners. */
    public static final String PRIVATE_ACCOUNT = "prive-account";
    /** A closed account, looked into by order of the OM: only the police can act on that order. */
    public static final String OM_ORDER = "om-bevel";

    private SourceRules() {
    }

    /**
     * The sources our users (schools, youth work and social work) may record with {@code new}: not
     * {@value #OM_ORDER}, which only the police can act on. A logbook that holds it still reads.
     */
    public static List<String> recordable(List<String> sources) {
        return sources.stream().filter(s -> !OM_ORDER.equals(s)).toList();
    }

    /**
     * Refuses a source our users may not record (exit 2, one line saying what to record instead).
     *
     * @param source a source id (may be null: not given)
     */
    public static void requireRecordable(String source) {
        if (OM_ORDER.equals(source)) {
            throw LogboekException.usage("source.om-order-refused");
        }
    }

    /** Whether information from {@code source} (a source id, may be null) came from a private account. */
    public static boolean fromPrivateAccount(String source) {
        return PRIVATE_ACCOUNT.equals(source);
    }
}
