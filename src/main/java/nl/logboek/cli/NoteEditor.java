package nl.logboek.cli;

import nl.logboek.LogboekException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a note comes from when it is not on the command line: standard input ({@code annotate ID -}),
 * or on a terminal the user's editor, as {@code git commit} opens it.
 */
final class NoteEditor {
    private NoteEditor() {
    }

    /** The editor the user chose ($VISUAL, else $EDITOR), or null when neither is set. */
    static String chosen(Map<String, String> env) {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The whole of standard input, its trailing newline stripped. */
    static String read(InputStream in) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens {@code editor} (run by the shell, as git does, so "code --wait" works) on a private
     * temporary file (0600, hidden, in {@code folder}: the logbook's own folder, not a shared /tmp
     * where others can see that a note is being written) that starts with {@code header} as comment lines, and returns what the user
     * wrote without the lines starting with '#', or null when nothing is left. The file is deleted
     * afterwards.
     */
    static String edit(String editor, List<String> header, Path folder) {
        Path file = null;
        try {
            nl.logboek.logbook.PrivateFiles.createFolders(folder);
            file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, ".logboek-note-", ".txt", PosixFilePermissions.asFileAttribute(nl.logboek.logbook.PrivateFiles.FILE))
                    : Files.createTempFile(folder, ".logboek-note-", ".txt");
            List<String> lines = new ArrayList<>();
            lines.add("");
            header.forEach(h -> lines.add("# " + h));
            Files.write(file, lines, StandardCharsets.UTF_8);
            int code;
            try {
                code = new ProcessBuilder("sh", "-c", editor + " \"$@\"", editor, file.toString()).inheritIO().start().waitFor();
            } catch (IOException e) {
                throw LogboekException.failure("annotate.editor-failed", editor, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw LogboekException.failure("prompt.cancelled");
            }
            if (code != 0) {
                throw LogboekException.failure("annotate.editor-failed", editor, "exit " + code);
            }
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    kept.add(line.stripTrailing());
                }
            }
            String note = String.join("\n", kept).strip();
            return note.isEmpty() ? null : note;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file in the user's own temp directory, readable by them only.
                }
            }
        }
    }
}
