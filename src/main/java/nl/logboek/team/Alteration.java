package nl.logboek.team;

import nl.logboek.i18n.Msg;

/**
 * A file of the team that no longer continues what this machine synced before: the one thing a
 * team logbook never accepts. Sync reports it and merges nothing.
 *
 * @param path   the file, as git names it (events/ab-jan-laptop.jsonl, team.json)
 * @param writer the writer the file belongs to (its name without .jsonl), or null for team.json
 * @param line   the first line that differs or is missing (1-based); 0 where no line applies
 * @param other  the other writer with the same tag, for {@link Kind#TAG_REUSED}
 * @param known  for {@link Kind#LINES_MISSING}: how many lines this machine had synced of the file; else 0
 */
public record Alteration(String path, String writer, Kind kind, long line, String other, long known) {
    public Alteration(String path, String writer, Kind kind, long line, String other) {
        this(path, writer, kind, line, other, 0);
    }

    /** Lines removed from the end of a file: the lines this machine knew of it, and the first one missing. */
    static Alteration linesMissing(String path, long known, long firstMissing) {
        Alteration a = of(path, Kind.LINES_MISSING, firstMissing);
        return new Alteration(a.path(), a.writer(), a.kind(), a.line(), null, known);
    }

    public enum Kind {
        /** A line differs from what was synced before (changed, or a line before it removed). */
        CHANGED("changed"),
        /** The file ends before what was synced before ends: lines removed from its end. */
        LINES_MISSING("lines-missing"),
        /** The whole file is gone. */
        FILE_REMOVED("file-removed"),
        /** This machine's own file on the remote is not the beginning of the file here. */
        OWN_CHANGED("own-changed"),
        /** A file no longer begins with what this machine synced: changed here, not on the remote. */
        CHANGED_HERE("changed-here"),
        /** team.json, which never changes after the team is made, changed. */
        MANIFEST_CHANGED("manifest-changed"),
        /** Two writer files with one tag: their incident ids could collide. */
        TAG_REUSED("tag-reused"),
        /** A file in events/ whose name is not a writer name. */
        NOT_A_WRITER_FILE("not-a-writer-file"),
        /** New lines not signed by the key of their writer (see WriterKeys); {@code other} is the author the first claims. */
        NOT_SIGNED("not-signed"),
        /** New lines signed by a key no member admitted: a new machine waiting for 'team admit', or a stranger's file. */
        UNKNOWN_KEY("unknown-key"),
        /** New lines signed by a key a member revoked. */
        REVOKED_KEY("revoked-key");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable name in sync --json ("problem") and in the message key. */
        public String id() {
            return id;
        }
    }

    static Alteration of(String path, Kind kind, long line) {
        String writer = path.startsWith(TeamFolder.EVENTS + "/") ? TeamFolder.writerOf(java.nio.file.Path.of(path)) : null;
        return new Alteration(path, writer, kind, line, null);
    }

    /** Whether this is about signatures (not about history): a line not signed by an admitted key. */
    public boolean aboutSignatures() {
        return kind == Kind.NOT_SIGNED || kind == Kind.UNKNOWN_KEY || kind == Kind.REVOKED_KEY;
    }

    /** One line for the user, in their language. */
    public Msg message() {
        if (kind == Kind.LINES_MISSING) {
            return new Msg("team.altered." + kind.id, writer == null ? path : writer, path, line, known, line - 1);
        }
        return new Msg("team.altered." + kind.id, writer == null ? path : writer, path, line, other == null ? "" : other);
    }
}
