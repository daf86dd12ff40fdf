package id.payung.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates files and folders readable by their owner only, where the file system has POSIX
 * permissions: the database holds personal data (UU 27/2022). SQLite gives its -wal and -shm
 * side files the permissions of the database file.
 */
public final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates the file (empty) and any missing parent folders. */
    public static void createFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createDirectories(parent);
        }
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /**
     * The attributes that make a file created with them readable and writable by its owner only: for
     * {@code Files.newByteChannel} / {@code FileChannel.open} with {@code CREATE_NEW}, so the file is never
     * readable by others, not even for a moment. None where the file system has no POSIX permissions.
     */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /**
     * Takes the group's and others' access away from an existing file (a database copied in with 0644, an
     * empty file made by the user for {@code --db}); nothing where there are no POSIX permissions.
     */
    public static void restrict(Path file) throws IOException {
        if (POSIX) {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission x : p) {
                if (x.name().startsWith("OWNER_")) {
                    owner.add(x);
                }
            }
            if (!owner.equals(p)) {
                Files.setPosixFilePermissions(file, owner);
            }
        }
    }

    /** Creates a folder (and its parents) with owner-only access for the folders it creates. */
    public static void createDirectories(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }
}
