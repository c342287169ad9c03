package dev.tariffsim.charts;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file in the same folder, moved into place, so that a reader never sees
 * a half-written file and a failure leaves the old file (or none). Thread-safe.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A temporary file is private to its owner; a report or chart is readable by all, like any other output. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Writes {@code bytes} to {@code file}, replacing it.
     *
     * @throws IOException if the folder does not exist or cannot be written
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".tariffsim-", ".tmp");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
