package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A note from standard input (annotate ID -), or on a terminal from the user's editor. */
class NoteInputTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
    }

    private JsonNode lastPayload() throws Exception {
        JsonNode t = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("timeline");
        return t.get(t.size() - 1).get("payload");
    }

    /** An editor: a shell script that keeps what it was given and its mode, then writes {@code body} to the file. */
    private String editor(String body) throws Exception {
        Path script = home.resolve("editor.sh");
        Files.writeString(script, "#!/bin/sh\n"
                + "cp \"$1\" '" + home.resolve("given.txt") + "'\n"
                + "stat -c %a \"$1\" > '" + home.resolve("mode.txt") + "'\n"
                + "printf '%s' \"$1\" > '" + home.resolve("path.txt") + "'\n"
                + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private void refused(int exit, String expected, Cli.Result r, byte[] before) throws Exception {
        r.assertExit(exit);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains(expected), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written: " + r.describe());
    }

    @Test
    void aDashReadsTheNoteFromStdin() throws Exception {
        cli.stdin("Ouders gebeld.\nZij doen aangifte.\n").ok("annotate", id, "-");
        assertEquals("Ouders gebeld.\nZij doen aangifte.", lastPayload().get("text").asText());
        cli.stdin("Eigen aantekening\n").ok("annotate", id, "--private", "-");
        assertTrue(lastPayload().get("private").asBoolean());
        cli.stdin("Nagesprek met Sam\n").ok("annotate", id, "--follow-up", "+3d", "-");
        assertEquals("Nagesprek met Sam", lastPayload().get("text").asText());
    }

    @Test
    void emptyStdinRecordsNothing() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        refused(2, "nothing to record", cli.stdin("").run("annotate", id, "-"), before);
        refused(2, "nothing to record", cli.stdin("\n").run("annotate", id, "-"), before);
    }

    @Test
    void onATerminalTheEditorWritesTheNoteAndCommentLinesAreDropped() throws Exception {
        String editor = editor("printf 'Ouders gebeld.\\n# not recorded\\nZij doen aangifte.\\n\\n' > \"$1\"");
        cli.terminal(true).env("EDITOR", editor).env("VISUAL", null).ok("annotate", id);
        assertEquals("Ouders gebeld.\nZij doen aangifte.", lastPayload().get("text").asText());
        String given = Files.readString(home.resolve("given.txt"), StandardCharsets.UTF_8);
        assertTrue(given.contains("# Write the note for incident " + id), given);
        assertEquals("600", Files.readString(home.resolve("mode.txt")).strip(), "the file is private");
        assertEquals(cli.logbook().getParent(), Path.of(Files.readString(home.resolve("path.txt"))).getParent(),
                "in the logbook's own private folder, not a shared /tmp (issue 16)");
        assertFalse(Files.exists(Path.of(Files.readString(home.resolve("path.txt")))), "the file is deleted afterwards");
    }

    @Test
    void visualComesBeforeEditor() throws Exception {
        String visual = editor("printf 'Van VISUAL\\n' > \"$1\"");
        cli.terminal(true).env("EDITOR", "false").env("VISUAL", visual).ok("annotate", id);
        assertEquals("Van VISUAL", lastPayload().get("text").asText());
    }

    @Test
    void anEmptyEditorFileCancels() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        refused(1, "cancelled: nothing was recorded", cli.terminal(true).env("EDITOR", editor(": > \"$1\"")).run("annotate", id), before);
        // Left as given (only the help header): also nothing.
        refused(1, "cancelled: nothing was recorded", cli.terminal(true).env("EDITOR", editor("true")).run("annotate", id), before);
        refused(1, "did not finish (exit 3)", cli.terminal(true).env("EDITOR", editor("exit 3")).run("annotate", id), before);
    }

    @Test
    void withoutATerminalNoEditorOpens() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        refused(2, "the note is empty", cli.env("EDITOR", editor("printf 'x' > \"$1\"")).run("annotate", id), before);
        assertFalse(Files.exists(home.resolve("given.txt")));
    }
}
