package nl.logboek.incident;

/**
 * What seed 001 step 2 asks to note about a posting, and optionally the SHA-256 and path of a
 * screenshot file: the file itself is never copied into the logbook.
 */
public record Evidence(String postedBy, String channel, String account, String involved, String url, String postedAt,
                       String screenshotSha256, String screenshotPath) {

    public boolean isEmpty() {
        return postedBy == null && channel == null && account == null && involved == null && url == null
                && postedAt == null && screenshotSha256 == null;
    }
}
