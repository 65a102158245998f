package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keys from the user's surroundings: a key file in the config folder
 * ($XDG_CONFIG_HOME/logboek/keys/LOGBOOK_ID.key, or LOGBOEK_KEY_FILE), or a passphrase from
 * LOGBOEK_PASSPHRASE or, on a terminal, a prompt. Kept apart from the logbook, so a copied
 * logbook alone cannot be read.
 */
public final class EnvKeySource implements KeySource {
    private final Map<String, String> env;
    private final Supplier<char[]> prompt;
    /** The passphrase chosen for a new logbook ({@link #choosePassphrase}), so it is asked once. */
    private char[] chosen;

    /** @param prompt asks for the passphrase on a terminal; null where nobody can be asked */
    public EnvKeySource(Map<String, String> env, Supplier<char[]> prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    public Path keyFile(String logbookId) {
        String explicit = env.get("LOGBOEK_KEY_FILE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return config.resolve("logboek").resolve("keys").resolve(logbookId + ".key");
    }

    /** The config folder's writer-keys/ folder ($XDG_CONFIG_HOME/logboek/writer-keys, else ~/.config/logboek/writer-keys). */
    public Path writerKeysFolder() {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return config.resolve("logboek").resolve("writer-keys");
    }

    /** The config folder's witness/ folder: what this computer saw of each logbook (see Witness). */
    @Override
    public Path witnessFolder() {
        return writerKeysFolder().resolveSibling("witness");
    }

    /** writer-keys/LOGBOOK_ID.key, or writer-keys/LOGBOOK_ID-WRITER.key for a writer that joined a team. */
    @Override
    public Path writerKeyFile(Path logbook, String logbookId, String writer) {
        return writerKeysFolder().resolve(logbookId + (writer == null ? "" : "-" + writer) + ".key");
    }

    @Override
    public Sealer sealer(Path logbook, JsonNode encryption, String logbookId) {
        if (!Sealer.CIPHER.equals(encryption.path("cipher").asText())) {
            throw LogboekException.failure("crypto.unknown-cipher", logbook, encryption.path("cipher").asText());
        }
        if ("passphrase".equals(encryption.path("key").asText())) {
            char[] passphrase = passphrase(logbook);
            byte[] salt = Base64.getDecoder().decode(encryption.path("salt").asText());
            return Sealer.withKey(Sealer.deriveKey(passphrase, salt, encryption.path("iterations").asInt()), logbookId);
        }
        Path file = keyFile(logbookId);
        PrivateFiles.requireRegular(file);
        if (!Files.isRegularFile(file)) {
            throw LogboekException.failure("crypto.key-file-missing", logbook, file);
        }
        try {
            byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return Sealer.withKey(raw, logbookId);
        } catch (IOException | IllegalArgumentException e) {
            throw LogboekException.failure("crypto.key-file-unreadable", file);
        }
    }

    private char[] passphrase(Path logbook) {
        if (chosen != null) {
            return chosen;
        }
        String fromEnv = env.get("LOGBOEK_PASSPHRASE");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (prompt != null) {
            return prompt.get();
        }
        throw LogboekException.failure("crypto.passphrase-missing", logbook);
    }

    /** A passphrase is long enough with at least 12 characters, or at least four words. */
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    public static final int MIN_PASSPHRASE_WORDS = 4;

    /** Whether {@code passphrase} has at least 12 characters or four words (spaces between them). */
    public static boolean strongEnough(char[] passphrase) {
        String s = new String(passphrase).strip();
        return s.codePointCount(0, s.length()) >= MIN_PASSPHRASE_LENGTH || s.split("\\s+").length >= MIN_PASSPHRASE_WORDS;
    }

    /**
     * Reads the passphrase for a new encrypted logbook (LOGBOEK_PASSPHRASE, or asked) and keeps it
     * for {@link #newEncryption}. A short one (fewer than 12 characters and fewer than four words)
     * is refused before anything is written, unless {@code allowWeak}; returns whether it is weak.
     */
    public boolean choosePassphrase(Path logbook, boolean allowWeak) {
        char[] p = passphrase(logbook);
        boolean weak = !strongEnough(p);
        if (weak && !allowWeak) {
            throw LogboekException.usage("crypto.passphrase-weak", MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_WORDS);
        }
        chosen = p;
        return weak;
    }

    /**
     * Makes the key for a new encrypted logbook and returns how its header describes it. With a
     * key file, the file is written (0600 in a 0700 folder) before the logbook exists, so a key is
     * never lost after entries were sealed with it.
     */
    public ObjectNode newEncryption(String logbookId, boolean usePassphrase, Path logbook) {
        ObjectNode e = JsonTrees.object();
        e.put("cipher", Sealer.CIPHER);
        byte[] key;
        if (usePassphrase) {
            byte[] salt = Sealer.newSalt();
            key = Sealer.deriveKey(chosen != null ? chosen : passphrase(logbook), salt, Sealer.PASSPHRASE_ITERATIONS);
            e.put("key", "passphrase");
            e.put("kdf", Sealer.KDF);
            e.put("iterations", Sealer.PASSPHRASE_ITERATIONS);
            e.put("salt", Base64.getEncoder().encodeToString(salt));
        } else {
            key = Sealer.newKey();
            Path file = keyFile(logbookId);
            try {
                PrivateFiles.createFolders(file.toAbsolutePath().getParent());
                if (!PrivateFiles.createFile(file)) {
                    throw LogboekException.failure("crypto.key-file-exists", file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            } catch (IOException ex) {
                throw LogboekException.failure("crypto.key-file-unwritable", file, ex.getMessage());
            }
            e.put("key", "file");
        }
        e.put("key_check", Sealer.withKey(key, logbookId).keyCheck());
        return e;
    }
}
