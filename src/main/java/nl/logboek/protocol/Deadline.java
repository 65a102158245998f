package nl.logboek.protocol;

/**
 * When an item is due, relative to an event, with the source that sets the time limit.
 *
 * @param within "immediately", or a number with h (hours), d (days) or wd (working days): "72h", "5d", "3wd"
 * @param after  "reported", "created", or the id of an item of the same protocol
 */
public record Deadline(String within, String after, String source) {

    static boolean validWithin(String within) {
        return within != null && (within.equals("immediately") || within.matches("[1-9][0-9]{0,3}(h|d|wd)"));
    }
}
