package org.hubdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;

/**
 * Writes a file so that it is either complete or not there at all: into a temporary file in the
 * same folder, then moved over the target in one step. A failure half-way leaves the old file (if
 * any) untouched and no partial file behind.
 */
public final class SafeFileWriter {
    /** What writes the content; may throw anything, the temporary file is removed either way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        checkWritableFolder(folder);
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + " is a folder; give a file name, e.g. " + file.resolve("report.docx"));
        }
        Path temp;
        try {
            // Not Files.createTempFile: that makes the file private (rw-------) where a saved report should not be.
            temp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException("Cannot save a file called " + file.getFileName() + " in " + folder, e);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, file);
            done = true;
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the temporary file is hidden and named after the target.
                }
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            if (Files.exists(file)) {
                throw new UserInputException("Cannot replace " + file + ": it may be open in Word or another program; "
                        + "close it, or choose another file name", e);
            }
            throw e;
        }
    }

    /** Fails with a clear message unless {@code folder} exists and may be written to. */
    public static void checkWritableFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist; create it or choose another folder");
        }
        if (!Files.isWritable(folder) || declaredReadOnly(folder)) {
            throw new UserInputException("The folder " + folder + " is read-only; choose a folder you can save to");
        }
    }

    /**
     * A folder nobody may write to by its permissions is read-only for Hubdesk too, even when the
     * operating system would let an administrator write there.
     */
    private static boolean declaredReadOnly(Path folder) {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = view.readAttributes().permissions();
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static UserInputException cannotWrite(Path folder, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        if (reason != null && reason.contains("No space left")) {
            return new UserInputException("The disk holding " + folder + " is full; free some space and try again", e);
        }
        return new UserInputException("Cannot save the report in " + folder + " (" + reason + "); choose another folder", e);
    }
}
