package nl.logboek.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test that runs real git in a temporary folder; skipped, saying why, where git is not installed. */
public abstract class WithGit {
    @TempDir
    protected Path root;

    @BeforeEach
    void gitInstalled() {
        Computer.assumeGit();
    }
}
