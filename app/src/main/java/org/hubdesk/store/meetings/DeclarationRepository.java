package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.INTEREST_DECLARATION;

import java.util.List;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.schema.tables.records.InterestDeclarationRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.DSLContext;

/** A meeting's declarations of interest; inside the caller's transaction. */
public final class DeclarationRepository extends Repository {
    private static final RowMapping<InterestDeclarationRecord, InterestDeclaration> DECLARATIONS = NamedColumns.of(
            INTEREST_DECLARATION.ID, InterestDeclaration.class).column("text", INTEREST_DECLARATION.INTEREST_TEXT).mapping();

    public DeclarationRepository(DSLContext ctx) {
        super(ctx);
    }

    public List<InterestDeclaration> declarations(long meetingId) {
        return DECLARATIONS.list(ctx, INTEREST_DECLARATION.MEETING_ID.eq(meetingId), INTEREST_DECLARATION.RECORDED_AT,
                INTEREST_DECLARATION.ID);
    }

    public InterestDeclaration insert(InterestDeclaration d) {
        return DECLARATIONS.insert(ctx, d);
    }

    public void delete(long id) {
        DECLARATIONS.delete(ctx, id);
    }

}
