package nl.logboek.logbook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the key of an encrypted logbook comes from (a key file, a passphrase). Asked only when the
 * logbook's header says it is encrypted; it must return a sealer that fits or throw a clear error.
 */
public interface KeySource {
    /** No key: an encrypted logbook cannot be opened. A class, not a lambda, as it is made on every start. */
    KeySource NONE = new KeySource() {
        @Override
        public Sealer sealer(java.nio.file.Path file, JsonNode encryption, String logbookId) {
            throw nl.logboek.LogboekException.failure("crypto.no-key", file);
        }
    };

    Sealer sealer(java.nio.file.Path logbook, JsonNode encryption, String logbookId);

    /**
     * Where the signing key of this writer of this logbook is kept (see WriterKey); null where no
     * key is kept (then lines are appended unsigned). {@code writer} is null for a logbook of one
     * file and for the first member's file of a team.
     */
    default java.nio.file.Path writerKeyFile(java.nio.file.Path logbook, String logbookId, String writer) {
        return null;
    }

    /**
     * The folder where this computer remembers how far it saw each logbook (see Witness); null
     * where nothing is remembered.
     */
    default java.nio.file.Path witnessFolder() {
        return null;
    }
}
