package org.hubdesk.domain.plan;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.hubdesk.domain.common.UserInputException;

/**
 * Evidence can link to a document kept elsewhere (an audit report, a review). The link is checked
 * when it is written, and again when it is opened, since files move.
 */
public final class FileLinks {
    private FileLinks() {
    }

    /** The linked file; a user-fixable problem when the link does not name an existing file. */
    public static Path requireExisting(String link) {
        Path path;
        try {
            path = Path.of(link.strip());
        } catch (InvalidPathException e) {
            throw new UserInputException("'" + link.strip() + "' is not a file path: paste the full path of the document");
        }
        if (!Files.isRegularFile(path)) {
            throw new UserInputException("There is no file at '" + link.strip()
                    + "': it may have been moved or renamed; choose the file again or leave the link empty");
        }
        return path;
    }

    public static boolean exists(String link) {
        try {
            return link != null && Files.isRegularFile(Path.of(link.strip()));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
