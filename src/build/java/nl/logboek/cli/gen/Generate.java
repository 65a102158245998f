package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the checked-in completions/ and man/ from the command model. Run by
 * {@code mvn -B -q -Pregenerate process-classes} (see the regenerate profile in pom.xml); the
 * normal build only checks them (GeneratedFilesTest), it never writes them.
 */
public final class Generate {
    /** The generated files in man/ and completions/ look like this; others there are left alone. */
    private static final Pattern GENERATED_NAME = Pattern.compile("logboek(-[a-z0-9-]+)?\\.1|logboek\\.(bash|fish)|_logboek");

    private Generate() {
    }

    /** Every generated file: path relative to the project folder, and its content. */
    public static Map<String, String> files() {
        Command root = CommandModel.load();
        Command dutch = CommandModel.loadDutch();
        String version = CommandModel.version();
        if (version.contains("${") || !version.startsWith("logboek ")) {
            throw new IllegalStateException("no project version in nl/logboek/version.properties (\"" + version
                    + "\"): generate through Maven: " + CommandModel.REGENERATE);
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("completions/logboek.bash", BashCompletion.generate(root));
        files.put("completions/_logboek", ZshCompletion.generate(root, dutch));
        files.put("completions/logboek.fish", FishCompletion.generate(root, dutch));
        ManPages.generate(root, version).forEach((name, page) -> files.put("man/" + name, page));
        ManPages.generate(dutch, version, true).forEach((name, page) -> files.put("man/nl/" + name, page));
        files.put(CommandModelsSource.PATH, CommandModelsSource.generate(
                nl.logboek.cli.CommandLineFactory.annotated(new nl.logboek.cli.App(Map.of(), java.time.Clock.systemUTC(), false))));
        return files;
    }

    /** Files in man/ and completions/ that look generated but are no longer (a removed or renamed command). */
    public static List<String> obsolete(Path project, Map<String, String> files) throws IOException {
        List<String> obsolete = new ArrayList<>();
        for (String folder : List.of("man", "man/nl", "completions")) {
            Path dir = project.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.sorted().toList()) {
                    String relative = folder + "/" + p.getFileName();
                    if (Files.isRegularFile(p) && GENERATED_NAME.matcher(p.getFileName().toString()).matches()
                            && !files.containsKey(relative)) {
                        obsolete.add(relative);
                    }
                }
            }
        }
        return obsolete;
    }

    /** Argument: the project folder (default: the current folder). */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve("pom.xml"))) {
            throw new IllegalArgumentException(project + " is not the logboek project folder (no pom.xml)");
        }
        Map<String, String> files = files();
        int changed = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = project.resolve(f.getKey());
            byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".generate-", ".tmp");
            Files.write(tmp, content);
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println("wrote " + f.getKey());
            changed++;
        }
        for (String old : obsolete(project, files)) {
            Files.delete(project.resolve(old));
            System.out.println("removed " + old);
            changed++;
        }
        System.out.println(changed == 0 ? "completions/, man/ and CommandModels.java are up to date (" + files.size() + " files)"
                : changed + " generated files written (completions/, man/, CommandModels.java)");
    }
}
