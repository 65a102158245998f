package nl.logboek.team;

import nl.logboek.logbook.EnvKeySource;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Random;

/**
 * Who works where: what the team operations take from the machine they run on, passed in so that
 * tests can be several machines in one process.
 *
 * @param env    the environment (PATH finds git; HOME, SSH_AUTH_SOCK and the like reach it too)
 * @param author who records, as everywhere in logboek
 * @param random where tags come from
 */
public record Machine(Map<String, String> env, Clock clock, EnvKeySource keys, String author, Random random) {
    public Machine(Map<String, String> env, Clock clock, EnvKeySource keys, String author) {
        this(env, clock, keys, author, new SecureRandom());
    }

    public Machine withRandom(Random r) {
        return new Machine(env, clock, keys, author, r);
    }

    /** The slug of a writer started here: --name when given, else user and host name. */
    String slug(String name) {
        if (name != null && !name.isBlank()) {
            return WriterName.slug(name);
        }
        String user = env.getOrDefault("USER", System.getProperty("user.name", ""));
        String host = hostName();
        // laptop.school.local: the first part says which machine; the rest would crowd it out of 24 characters
        return WriterName.slug(user + "-" + (host.contains(".") ? host.substring(0, host.indexOf('.')) : host));
    }

    /**
     * The host name without a DNS look-up (which can take seconds on a laptop without network):
     * $HOSTNAME when exported, else the kernel's, else Java's.
     */
    private String hostName() {
        String fromEnv = env.get("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel, StandardCharsets.UTF_8).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }
}
