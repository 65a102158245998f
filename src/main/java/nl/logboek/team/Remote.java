package nl.logboek.team;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the team's shared repository is, as the user gave it: a URL (ssh://, https://), git's
 * short form host:path, or a folder (a shared drive). A folder is stored absolute, because git
 * would read a relative one from inside the team folder.
 *
 * @param url  what git is given
 * @param path the folder, for a local remote; null otherwise
 */
record Remote(String url, Path path) {

    static Remote parse(String given) {
        int colon = given.indexOf(':');
        int slash = given.indexOf('/');
        if (given.contains("://") || colon > 0 && (slash < 0 || colon < slash)) {
            return new Remote(given, null);
        }
        Path p = Path.of(given).toAbsolutePath().normalize();
        return new Remote(p.toString(), p);
    }

    /** A folder that does not exist yet: team init makes it a bare repository (the shared-drive case). */
    boolean creatable() {
        return path != null && !Files.exists(path);
    }

    /** For showing: a password or token in an https URL is not printed. */
    static String shown(String url) {
        return url.replaceFirst("^(https?://)[^/@]+@", "$1***@");
    }
}
