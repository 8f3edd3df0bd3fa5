package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.hubdesk.domain.common.StoreException;
import org.junit.jupiter.api.Test;

/**
 * What an edit refused by the disk says. A full disk or a read-only folder cannot be made on
 * demand here (the tests may run as root), so H2's own errors for them are translated directly.
 */
class StoreFailureMessagesTest {
    private final Path dir = Path.of("/data/hubdesk");

    @Test
    void aFullDiskNamesTheFolderAndSaysNothingWasSaved() {
        SQLException full = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "08000",
                ErrorCode.IO_EXCEPTION_2, new java.io.IOException("No space left on device"));
        StoreException e = Database.translate(full, dir);
        assertThat(e.reason()).isEqualTo(StoreException.Reason.DISK_FULL);
        assertThat(e.getMessage()).isEqualTo("The disk holding " + dir + " is full; nothing was saved: free some space and try again");
    }

    @Test
    void aReadOnlyFileOrFolderNamesTheFileAndSaysNothingWasSaved() {
        StoreException e = Database.translate(new SQLException("The database is read only", "90097", ErrorCode.DATABASE_IS_READ_ONLY), dir);
        assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY);
        assertThat(e.getMessage()).isEqualTo("The database file " + dir.resolve(Database.DATABASE_FILE)
                + " cannot be written (a read-only file or folder); nothing was saved: make the folder writable and try again");
    }
}
