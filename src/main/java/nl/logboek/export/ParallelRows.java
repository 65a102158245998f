package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.privacy.Disclosure;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rows of an incident export made on all cores: the rows are taken in order on the caller's
 * thread, in batches; each batch's records are made and formatted by a worker, and the caller
 * writes the batches' text in the same order. Only for an export whose incidents are all shown as
 * recorded: a redacting disclosure numbers its pseudonyms by first appearance, so its records
 * depend on the records before them and are made one at a time. At most a few batches are in
 * flight, so what is held stays small.
 */
final class ParallelRows implements AutoCloseable {
    /** Rows in a batch. Not final only for tests, which make it small. */
    static int batch = 256;
    /** Below this many rows an export writes them one at a time: a pool costs more than it saves (tests set 0). */
    static int parallelFrom = 4096;

    private final ExportWriter.Formatter formatter;
    private final ExportWriter writer;
    private final Disclosure disclosure;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
    private List<IncidentRow> rows = new ArrayList<>(batch);
    private List<String> levels = new ArrayList<>(batch);

    /** Whether {@code rows} rows are worth a pool, with this many cores. */
    static boolean worthIt(int rows) {
        return rows >= parallelFrom && (Runtime.getRuntime().availableProcessors() > 1 || parallelFrom == 0);
    }

    ParallelRows(ExportWriter writer, ExportWriter.Formatter formatter, Disclosure disclosure) {
        this.writer = writer;
        this.formatter = formatter;
        this.disclosure = disclosure;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.maxInFlight = threads + 1;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "logboek-rows");
            t.setDaemon(true);
            return t;
        });
    }

    /** The next row, with its level (taken on this thread: the protocols are bound here). */
    void add(IncidentRow row, String level) throws IOException {
        rows.add(row);
        levels.add(level);
        if (rows.size() >= batch) {
            submit();
        }
    }

    /** Writes every row added, in order. */
    void finish() throws IOException {
        if (!rows.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            writer.writeFormatted(take(inFlight.poll()));
        }
    }

    private void submit() throws IOException {
        while (inFlight.size() >= maxInFlight) {
            writer.writeFormatted(take(inFlight.poll()));
        }
        List<IncidentRow> these = rows;
        List<String> theirLevels = levels;
        inFlight.add(pool.submit(() -> {
            List<ObjectNode> records = new ArrayList<>(these.size());
            for (int i = 0; i < these.size(); i++) {
                records.add(ExportShapes.incident(these.get(i), disclosure, theirLevels.get(i)));
            }
            return formatter.format(records);
        }));
        rows = new ArrayList<>(batch);
        levels = new ArrayList<>(batch);
    }

    private static String take(Future<String> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the export");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }
}
