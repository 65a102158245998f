package nl.logboek.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads protocol and partner files, from the classpath (the shipped set) or from a directory (an
 * organisation's own), and validates them. Every failure is a {@link ProtocolException} naming
 * file, line and field.
 */
public final class ProtocolLoader {

    /** The only file format version there is. */
    public static final int FORMAT = 1;
    /** The partner list's file name, in the shipped set and in a protocol directory. */
    public static final String PARTNERS_FILE = "partners.json";

    private static final String SHIPPED_DIR = "nl/logboek/protocols/";
    /**
     * Directories inside a jar cannot be listed, so the shipped files are named in an index, which
     * also holds each one's header (see {@link ProtocolIndex}).
     */
    private static final String SHIPPED_INDEX = SHIPPED_DIR + ProtocolIndex.FILE;

    /** Made on first use: building its ObjectMapper costs more than selecting a protocol (issue 8). */
    private JsonBinder binder;

    private JsonBinder binder() {
        if (binder == null) {
            binder = new JsonBinder();
        }
        return binder;
    }

    public List<Partner> shippedPartners() {
        String file = SHIPPED_DIR + PARTNERS_FILE;
        LocatedJson located = LocatedJson.parse(file, resource(file));
        PartnerFile partners = new ShippedBinder(file).partners(located.root());
        throwIfAny(ProtocolValidator.check(partners, located));
        return partners.partners();
    }

    /** What selection needs of each shipped protocol, from the index alone: no protocol file is read. */
    List<ProtocolRegistry.Header> shippedHeaders() {
        List<ProtocolRegistry.Header> headers = new ArrayList<>();
        for (ProtocolIndex.Entry entry : shippedIndex()) {
            headers.add(entry.header());
        }
        return headers;
    }

    /** The shipped protocols, in the order of the index. */
    public List<Protocol> shippedProtocols(Set<String> partnerIds) {
        List<Protocol> protocols = new ArrayList<>();
        List<ProtocolProblem> problems = new ArrayList<>();
        for (ProtocolIndex.Entry entry : shippedIndex()) {
            collect(() -> protocols.add(shippedProtocol(entry, partnerIds)), problems);
        }
        throwIfAny(problems);
        return List.copyOf(protocols);
    }

    /** One shipped protocol, by id (only the shipped index's ids exist). */
    Protocol shippedProtocol(String id, Set<String> partnerIds) {
        for (ProtocolIndex.Entry entry : shippedIndex()) {
            if (entry.header().id().equals(id)) {
                return shippedProtocol(entry, partnerIds);
            }
        }
        throw new IllegalArgumentException("no shipped protocol " + id);
    }

    private Protocol shippedProtocol(ProtocolIndex.Entry entry, Set<String> partnerIds) {
        String file = SHIPPED_DIR + entry.file();
        // Bound without an ObjectMapper (ShippedBinder), checked as every protocol is.
        LocatedJson located = LocatedJson.parse(file, resource(file));
        Protocol protocol = new ShippedBinder(file).protocol(located.root());
        throwIfAny(ProtocolValidator.check(protocol, idFromFileName(file), located, partnerIds));
        return matchingIndex(entry, protocol);
    }

    /**
     * A build without tests could ship an index that no longer matches a protocol file; choosing
     * protocols by it would then differ from what the protocol says, so any command that binds the
     * shipped protocols refuses such a build.
     */
    private static Protocol matchingIndex(ProtocolIndex.Entry entry, Protocol protocol) {
        ProtocolRegistry.Header bound = ProtocolRegistry.Header.of(protocol);
        // Compared as index lines: a record's generated equals would bootstrap
        // java.lang.runtime.ObjectMethods, a cost on every command that binds a protocol.
        if (!ProtocolIndex.line(entry.file(), bound).equals(ProtocolIndex.line(entry.file(), entry.header()))) {
            throw new IllegalStateException(SHIPPED_INDEX + " does not match " + entry.file()
                    + "; regenerate it: mvn -B test -Dtest=ShippedProtocolIndexTest -Dgolden.update=true");
        }
        return protocol;
    }

    /** The shipped index, read once (a report binds several shipped protocols one by one). */
    private List<ProtocolIndex.Entry> shippedIndex;

    private List<ProtocolIndex.Entry> shippedIndex() {
        if (shippedIndex == null) {
            shippedIndex = ProtocolIndex.parse(SHIPPED_INDEX, resource(SHIPPED_INDEX));
        }
        return shippedIndex;
    }

    /** The partners in {@code dir}/partners.json; none when the directory has no such file. */
    public List<Partner> directoryPartners(Path dir) {
        requireDirectory(dir);
        Path file = dir.resolve(PARTNERS_FILE);
        return Files.isRegularFile(file) ? readPartners(file.toString(), read(file)) : List.of();
    }

    /**
     * Every {@code *.json} file in {@code dir} except partners.json, in file-name order. All files
     * are checked before failing, so one message lists the problems of all of them.
     */
    public List<Protocol> directoryProtocols(Path dir, Set<String> partnerIds) {
        requireDirectory(dir);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(PARTNERS_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProtocolException(new ProtocolProblem(dir.toString(), 0, "",
                    "cannot list the directory: " + e.getMessage()));
        }
        List<Protocol> protocols = new ArrayList<>();
        List<ProtocolProblem> problems = new ArrayList<>();
        for (Path file : files) {
            collect(() -> protocols.add(readProtocol(file.toString(), read(file), partnerIds)), problems);
        }
        throwIfAny(problems);
        return List.copyOf(protocols);
    }

    /**
     * Parses and validates one protocol.
     *
     * @param file       name used in messages; its last part, less ".json", must be the id
     * @param partnerIds the partner ids steps, levels and groups may use
     */
    public Protocol readProtocol(String file, String json, Set<String> partnerIds) {
        LocatedJson located = binder().parse(file, json);
        Protocol protocol = binder().bind(located, Protocol.class);
        throwIfAny(ProtocolValidator.check(protocol, idFromFileName(file), located, partnerIds));
        return protocol;
    }

    /** Parses and validates one partners.json. */
    public List<Partner> readPartners(String file, String json) {
        LocatedJson located = binder().parse(file, json);
        PartnerFile partners = binder().bind(located, PartnerFile.class);
        throwIfAny(ProtocolValidator.check(partners, located));
        return partners.partners();
    }

    private static String idFromFileName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private static void collect(Runnable load, List<ProtocolProblem> problems) {
        try {
            load.run();
        } catch (ProtocolException e) {
            problems.addAll(e.problems());
        }
    }

    private static void throwIfAny(List<ProtocolProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProtocolException(problems);
        }
    }

    private static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ProtocolException(new ProtocolProblem(dir.toString(), 0, "",
                    Files.exists(dir) ? "is not a directory" : "no such directory"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ProtocolException(new ProtocolProblem(file.toString(), 0, "",
                    "is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            throw new ProtocolException(new ProtocolProblem(file.toString(), 0, "",
                    "cannot read the file: " + e.getMessage()));
        }
    }

    /** A shipped file; one missing from the jar is a build error, not a user's. */
    private static String resource(String name) {
        try (InputStream in = ProtocolLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("shipped protocol file missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read shipped protocol file " + name, e);
        }
    }
}
