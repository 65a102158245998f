package nl.logboek.partners;

import nl.logboek.LogboekException;
import nl.logboek.logbook.AtomicFiles;
import nl.logboek.logbook.PrivateFiles;
import nl.logboek.protocol.Partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's afsprakenkaart: the partners it works with, how to reach them, and what was
 * agreed with each before any incident (docs/partners.md). The partners the protocols know are the
 * base; each file read adds partners and gives contact and agreements, and for a partner named in
 * more than one file the later file's entry is the one that counts, whole (the team's file is read
 * after the one in the config folder).
 */
public final class Afsprakenkaart {
    /** The file's name, in the config folder and in a team folder. */
    public static final String FILE_NAME = "afsprakenkaart.json";

    private final Map<String, PartnerCard> cards;
    private final List<Path> files;

    private Afsprakenkaart(Map<String, PartnerCard> cards, List<Path> files) {
        this.cards = cards;
        this.files = files;
    }

    /**
     * The partners of {@code base} (those the protocols know) and of each existing file of
     * {@code files}, in that order; a file that does not exist is skipped.
     *
     * @throws LogboekException usage, naming file, line and field, for a mistake in a file
     */
    public static Afsprakenkaart load(List<Partner> base, List<Path> files) {
        Map<String, PartnerCard> cards = new LinkedHashMap<>();
        Map<String, Partner> baseById = new LinkedHashMap<>();
        for (Partner p : base) {
            baseById.put(p.id(), p);
            cards.put(p.id(), new PartnerCard(p.id(), p.name(), true, null, null, null));
        }
        Set<String> known = Set.copyOf(cards.keySet());
        List<Path> read = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            read.add(file);
            for (AfsprakenkaartFile.Entry e : AfsprakenkaartFile.read(file, known)) {
                boolean inProtocols = known.contains(e.id());
                // A file without a name for a partner the protocols know keeps the protocols' name
                // (AfsprakenkaartFile requires a name for every other partner).
                var name = e.name() != null ? e.name() : baseById.get(e.id()).name();
                cards.put(e.id(), new PartnerCard(e.id(), name, inProtocols, e.contact(), e.agreements(), file));
            }
        }
        return new Afsprakenkaart(cards, List.copyOf(read));
    }

    /** Every partner, by id. */
    public List<PartnerCard> all() {
        return cards.values().stream().sorted(Comparator.comparing(PartnerCard::id)).toList();
    }

    public Optional<PartnerCard> byId(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    public List<String> ids() {
        return all().stream().map(PartnerCard::id).toList();
    }

    /** The files that were read, in the order read. */
    public List<Path> files() {
        return files;
    }

    /**
     * Writes a new afsprakenkaart at {@code target} (private, 0600, its folder made private if it
     * is new) with every partner of {@code base} and every field empty. Never overwrites.
     *
     * @throws LogboekException usage when {@code target} exists
     */
    public static void writeTemplate(Path target, List<Partner> base) {
        if (Files.exists(target)) {
            throw LogboekException.usage("partners.init-exists", target);
        }
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                PrivateFiles.createFolders(dir);
            }
            AtomicFiles.to(target).placedBy(Afsprakenkaart::placeNew)
                    .write(template(base).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw LogboekException.usage("partners.init-exists", target);
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "partners.init-failed", target, e.getMessage());
        }
    }

    /** Takes the name only if it is free (a hard link; a plain move where there are none). */
    private static void placeNew(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(tmp, target);
            return;
        }
        Files.delete(tmp);
    }

    /**
     * The template: format, then every partner with an empty contact and empty agreements. Written
     * by hand (ids are kebab-case, field names fixed: nothing to escape), so that reading the card
     * never needs a JSON writer.
     */
    static String template(List<Partner> base) {
        StringBuilder sb = new StringBuilder("{\n  \"format\": ").append(AfsprakenkaartFile.FORMAT).append(",\n  \"partners\": [");
        List<Partner> sorted = base.stream().sorted(Comparator.comparing(Partner::id)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\n      \"id\": \"").append(sorted.get(i).id()).append("\",\n");
            fields(sb, "contact", AfsprakenkaartFile.CONTACT);
            sb.append(",\n");
            fields(sb, "agreements", AfsprakenkaartFile.AGREEMENTS);
            sb.append("\n    }");
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static void fields(StringBuilder sb, String name, List<String> fields) {
        sb.append("      \"").append(name).append("\": {\n");
        for (int i = 0; i < fields.size(); i++) {
            sb.append("        \"").append(fields.get(i)).append("\": \"\"").append(i < fields.size() - 1 ? ",\n" : "\n");
        }
        sb.append("      }");
    }
}
