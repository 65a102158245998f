package nl.logboek.logbook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the key of an encrypted logbook comes from (a key file, a passphrase). Asked only when the
 * logbook's header says it is encrypted; it must return a sealer that fits or throw a clear error.
 */
public interface KeySource {
    KeySource NONE = (file, encryption, logbookId) -> {
        throw nl.logboek.LogboekException.failure("crypto.no-key", file);
    };

    Sealer sealer(java.nio.file.Path logbook, JsonNode encryption, String logbookId);
}
