package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.logbook.AtomicFiles;
import nl.logboek.logbook.Hashing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts the running jar, a launcher, the manual pages and the shell completions under a prefix,
 * and takes them away again. What it wrote is listed with SHA-256 sums in
 * PREFIX/lib/logboek/installed-files (the format of sha256sum), and the folders it created in
 * PREFIX/lib/logboek/created-folders, so that --uninstall removes exactly that. Everything is
 * checked and written to temporary files first: a refused or failed install changes nothing.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "install",
        description = {
                "Install logboek, its manual pages and its shell completions for you, or remove them again.",
                "It writes the launcher PREFIX/bin/logboek, the program PREFIX/lib/logboek/logboek.jar, "
                        + "the manual pages in PREFIX/share/man/man1/ (in Dutch: PREFIX/share/man/nl/man1/), and completions for bash "
                        + "(PREFIX/share/bash-completion/completions/logboek), zsh (PREFIX/share/zsh/site-functions/_logboek) "
                        + "and fish (PREFIX/share/fish/vendor_completions.d/logboek.fish). Run it from the jar, e.g. "
                        + "as './logboek install' in a checkout.",
                "The files written are listed with their SHA-256 in PREFIX/lib/logboek/installed-files. Installing "
                        + "again upgrades them; a file that logboek did not install is never overwritten. --uninstall "
                        + "removes exactly the files and folders that install created, and keeps a file that was changed "
                        + "since.",
                "With the default PREFIX ~/.local and ~/.local/bin on your PATH, 'man logboek' finds the manual and "
                        + "bash (with the bash-completion package) and fish find the completions by themselves. zsh: add "
                        + "'fpath=(~/.local/share/zsh/site-functions $fpath)' to ~/.zshrc before 'compinit'. Without "
                        + "bash-completion, or with another PREFIX: add "
                        + "'source PREFIX/share/bash-completion/completions/logboek' to ~/.bashrc."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./logboek install                      # from a checkout, into ~/.local",
                "  logboek install --prefix /opt/logboek --dry-run",
                "  logboek install --uninstall"})
final class InstallCommand extends BaseCommand {
    static final String RESOURCES = "nl/logboek/install/";
    static final String LIB = "lib/logboek/";
    /** The launcher's start-up part in the jar, below RESOURCES: the file ./logboek in a checkout runs too. */
    static final String LAUNCHER = "launcher.sh";
    static final String MANIFEST = LIB + "installed-files";
    static final String FOLDERS = LIB + "created-folders";

    /** Where each completion script in the jar goes, relative to the prefix. */
    private static final Map<String, String> COMPLETIONS = Map.of(
            "logboek.bash", "share/bash-completion/completions/logboek",
            "_logboek", "share/zsh/site-functions/_logboek",
            "logboek.fish", "share/fish/vendor_completions.d/logboek.fish");

    private static final Set<PosixFilePermission> PROGRAM = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> DATA = PosixFilePermissions.fromString("rw-r--r--");

    @Option(names = "--prefix", paramLabel = "DIR", description = "Where to install. Default: ~/.local.")
    String prefix;

    @Option(names = "--uninstall", description = "Remove what an earlier install put in PREFIX.")
    boolean uninstall;

    @Option(names = {"-n", "--dry-run"}, description = "Print what would be written or removed, and change nothing.")
    boolean dryRun;

    InstallCommand(Context ctx) {
        super(ctx);
    }

    /** A file to install: its path relative to the prefix, its bytes and its permissions. */
    private record Item(String path, byte[] content, Set<PosixFilePermission> mode) {
    }

    @Override
    public Integer call() {
        Path root = prefix();
        return uninstall ? uninstall(root) : install(root);
    }

    private Path prefix() {
        String home = ctx.app.env().getOrDefault("HOME", System.getProperty("user.home"));
        String p = prefix == null ? home + "/.local" : prefix;
        if (p.equals("~") || p.startsWith("~/")) {
            p = home + p.substring(1);
        }
        if (p.isBlank()) {
            throw LogboekException.usage("install.prefix-not-folder", "\"\"");
        }
        Path path = Path.of(p).toAbsolutePath().normalize();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw LogboekException.usage("install.prefix-not-folder", path);
        }
        return path;
    }

    // ---- install -------------------------------------------------------------------------------

    private int install(Path root) {
        Path jar = runningJar();
        List<Item> items = items(jar, root);
        Map<String, String> installed = readManifest(root, false);

        for (Item item : items) {
            Path target = root.resolve(item.path());
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!installed.containsKey(item.path()) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw LogboekException.failure("install.conflict", target);
            }
            if (!unchanged(root, item.path(), installed.get(item.path()))) {
                throw LogboekException.failure("install.changed", target);
            }
        }
        Set<String> current = new LinkedHashSet<>();
        items.forEach(i -> current.add(i.path()));
        List<String> obsolete = new ArrayList<>();
        for (Map.Entry<String, String> e : installed.entrySet()) {
            if (!current.contains(e.getKey()) && unchanged(root, e.getKey(), e.getValue())) {
                obsolete.add(e.getKey());
            }
        }

        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "logboek";
        if (dryRun) {
            out().println(msg().get("install.dry-run", version, root));
            items.forEach(i -> out().println("  " + i.path()));
            obsolete.forEach(o -> out().println("  - " + o));
            out().flush();
            return 0;
        }

        List<String> createdFolders = new ArrayList<>();
        Map<Item, Path> staged = new LinkedHashMap<>();
        try {
            for (Item item : items) {
                Path dir = root.resolve(item.path()).getParent();
                createFolders(root, dir, createdFolders);
                Path tmp = Files.createTempFile(dir, ".logboek-install-", ".tmp");
                staged.put(item, tmp);
                Files.write(tmp, item.content());
                Files.setPosixFilePermissions(tmp, item.mode());
            }
        } catch (IOException | UnsupportedOperationException e) {
            staged.values().forEach(InstallCommand::deleteQuietly);
            removeEmptyFolders(root, createdFolders);
            if (e instanceof java.nio.file.AccessDeniedException denied) {
                throw new LogboekException(LogboekException.FAILURE, e, "install.no-permission", denied.getFile());
            }
            throw new LogboekException(LogboekException.FAILURE, e, "install.write-failed", root, describe(e));
        }
        try {
            for (Map.Entry<Item, Path> s : staged.entrySet()) {
                Files.move(s.getValue(), root.resolve(s.getKey().path()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            for (String o : obsolete) {
                Files.deleteIfExists(root.resolve(o));
            }
            StringBuilder manifest = new StringBuilder();
            for (Item item : items) {
                manifest.append(Hashing.sha256(item.content())).append("  ").append(item.path()).append('\n');
            }
            Set<String> folders = new LinkedHashSet<>(readFolders(root));
            folders.addAll(createdFolders);
            writeSmallFile(root.resolve(MANIFEST), manifest.toString());
            writeSmallFile(root.resolve(FOLDERS), folders.isEmpty() ? "" : String.join("\n", folders) + "\n");
        } catch (IOException e) {
            staged.values().forEach(InstallCommand::deleteQuietly);
            throw new LogboekException(LogboekException.FAILURE, e, "install.write-failed", root, describe(e));
        }

        out().println(msg().get("install.done", version, root));
        items.forEach(i -> out().println("  " + i.path()));
        if (!obsolete.isEmpty()) {
            out().println(msg().get("install.removed-old"));
            obsolete.forEach(o -> out().println("  " + o));
        }
        hints(root);
        out().flush();
        return 0;
    }

    private void hints(Path root) {
        Path bin = root.resolve("bin");
        boolean onPath = false;
        for (String dir : ctx.app.env().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Path.of(dir).toAbsolutePath().normalize().equals(bin)) {
                onPath = true;
            }
        }
        if (!onPath) {
            out().println(msg().get("install.path-hint", bin));
        }
        if (ctx.app.env().getOrDefault("SHELL", "").endsWith("/zsh")) {
            out().println(msg().get("install.zsh-hint", root.resolve("share/zsh/site-functions")));
        }
        String home = ctx.app.env().getOrDefault("HOME", System.getProperty("user.home"));
        boolean defaultPrefix = root.equals(Path.of(home, ".local").toAbsolutePath().normalize());
        out().println(msg().get("install.next", defaultPrefix ? "" : " --prefix " + root));
    }

    /** The jar this program runs from; install copies it, so it must be a jar. */
    static Path runningJar() {
        Path location;
        try {
            location = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw LogboekException.failure("install.not-from-jar", "?");
        }
        if (!Files.isRegularFile(location) || !location.getFileName().toString().endsWith(".jar")) {
            throw LogboekException.failure("install.not-from-jar", location);
        }
        return location;
    }

    private List<Item> items(Path jar, Path root) {
        List<Item> items = new ArrayList<>();
        List<Item> pages = new ArrayList<>();
        List<Item> completions = new ArrayList<>();
        String launcher = null;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(RESOURCES)) {
                    continue;
                }
                String rest = name.substring(RESOURCES.length());
                if (rest.startsWith("man/") && rest.endsWith(".1") && rest.indexOf('/', 4) < 0) {
                    pages.add(new Item("share/man/man1/" + rest.substring(4), read(zip, e), DATA));
                } else if (rest.startsWith("man/nl/") && rest.endsWith(".1") && rest.indexOf('/', 7) < 0) {
                    pages.add(new Item("share/man/nl/man1/" + rest.substring(7), read(zip, e), DATA));
                } else if (rest.startsWith("completions/") && COMPLETIONS.containsKey(rest.substring(12))) {
                    completions.add(new Item(COMPLETIONS.get(rest.substring(12)), read(zip, e), DATA));
                } else if (rest.equals(LAUNCHER)) {
                    launcher = new String(read(zip, e), StandardCharsets.UTF_8);
                }
            }
            items.add(new Item(LIB + "logboek.jar", Files.readAllBytes(jar), DATA));
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "install.jar-unreadable", jar, describe(e));
        }
        if (pages.stream().noneMatch(p -> p.path().endsWith("/logboek.1")) || completions.size() != COMPLETIONS.size()
                || launcher == null) {
            throw LogboekException.failure("install.jar-incomplete", jar);
        }
        items.add(new Item("bin/logboek", launcher(root.resolve(LIB + "logboek.jar"), launcher).getBytes(StandardCharsets.UTF_8),
                PROGRAM));
        pages.sort(Comparator.comparing(Item::path));
        completions.sort(Comparator.comparing(Item::path));
        items.addAll(pages);
        items.addAll(completions);
        return items;
    }

    private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /**
     * The installed launcher: the shared start-up part (a UTF-8 locale so that names like
     * Coördinator survive, JVM flags per command, a class-data archive made on the first run) below
     * the installed jar's path and the archive's folder, which is the user's cache folder because the
     * installed files may not be writable.
     */
    static String launcher(Path jar, String body) {
        String quoted = "'" + jar.toString().replace("'", "'\\''") + "'";
        return "#!/bin/sh\n"
                + "# logboek launcher, written by 'logboek install'; 'logboek install --uninstall' removes it.\n"
                + "jar=" + quoted + "\n"
                + "cds_dir=\"${XDG_CACHE_HOME:-$HOME/.cache}/logboek\"\n"
                + body;
    }

    // ---- uninstall -----------------------------------------------------------------------------

    private int uninstall(Path root) {
        Map<String, String> installed = readManifest(root, true);
        List<String> remove = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : installed.entrySet()) {
            Path target = root.resolve(e.getKey());
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (unchanged(root, e.getKey(), e.getValue())) {
                remove.add(e.getKey());
            } else {
                kept.add(e.getKey());
            }
        }
        List<String> folders = readFolders(root);
        if (dryRun) {
            out().println(msg().get("uninstall.dry-run", root));
            remove.forEach(r -> out().println("  " + r));
            kept.forEach(k -> err().println(msg().get("uninstall.kept", root.resolve(k))));
            out().flush();
            err().flush();
            return 0;
        }
        try {
            for (String r : remove) {
                Files.deleteIfExists(root.resolve(r));
            }
            Files.deleteIfExists(root.resolve(MANIFEST));
            Files.deleteIfExists(root.resolve(FOLDERS));
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "uninstall.failed", root, describe(e));
        }
        List<String> all = new ArrayList<>(folders);
        all.add(LIB.substring(0, LIB.length() - 1));
        removeEmptyFolders(root, all);
        out().println(msg().get("uninstall.done", root));
        remove.forEach(r -> out().println("  " + r));
        out().flush();
        kept.forEach(k -> err().println(msg().get("uninstall.kept", root.resolve(k))));
        err().flush();
        return 0;
    }

    // ---- the lists of what was installed -------------------------------------------------------

    /** Path (relative to the prefix) to SHA-256, from installed-files; empty when there is none. */
    private static Map<String, String> readManifest(Path root, boolean required) {
        Path file = root.resolve(MANIFEST);
        Map<String, String> installed = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw LogboekException.failure("uninstall.nothing", root, file);
            }
            return installed;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                int sep = line.indexOf("  ");
                String hash = sep == 64 ? line.substring(0, sep) : "";
                String path = sep == 64 ? line.substring(sep + 2) : "";
                if (!hash.matches("[0-9a-f]{64}") || !inside(root, path)) {
                    throw LogboekException.failure("install.manifest-damaged", file, line);
                }
                installed.put(path, hash);
            }
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "install.manifest-unreadable", file, describe(e));
        }
        return installed;
    }

    private static List<String> readFolders(Path root) {
        Path file = root.resolve(FOLDERS);
        List<String> folders = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return folders;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && inside(root, line)) {
                    folders.add(line);
                }
            }
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "install.manifest-unreadable", file, describe(e));
        }
        return folders;
    }

    /** Whether a path from a list stays below the prefix (a damaged list must not remove other files). */
    private static boolean inside(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/")) {
            return false;
        }
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) && !p.equals(root);
    }

    private static boolean unchanged(Path root, String relative, String hash) {
        Path p = root.resolve(relative);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Hashing.sha256(Files.readAllBytes(p)).equals(hash);
        } catch (IOException e) {
            return false;
        }
    }

    // ---- files and folders ---------------------------------------------------------------------

    private static void createFolders(Path root, Path dir, List<String> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            try {
                Files.createDirectory(d);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(d)) {
                    throw e;
                }
                continue;
            }
            if (d.startsWith(root) && !d.equals(root)) {
                created.add(root.relativize(d).toString());
            }
        }
    }

    /** Removes these folders, deepest first, where they are empty. */
    private static void removeEmptyFolders(Path root, List<String> folders) {
        List<Path> paths = new ArrayList<>();
        for (String f : new LinkedHashSet<>(folders)) {
            paths.add(root.resolve(f));
        }
        paths.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException notEmpty) {
                // something else lives there too: it stays
            } catch (IOException e) {
                // leave it; the files themselves are gone
            }
        }
    }

    private static void writeSmallFile(Path target, String content) throws IOException {
        AtomicFiles.to(target).mode(DATA).withoutFsync().write(content.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file we could not remove is harmless
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
