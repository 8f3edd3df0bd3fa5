package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Group;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * Everything a report may read: the export's one transaction, the chosen scope, the partnership's
 * name and year start, and today's date (fixed per export so a report is consistent with itself).
 */
public record ReportInput(DSLContext ctx, ReportScope scope, String partnershipName, int yearStartMonth,
                          LocalDate today, List<PartnershipYear> yearsWithData) {

    /** The group the scope names; a clear message listing the groups when it names none or a wrong one. */
    public Group requireGroup() {
        MembersRepository members = new MembersRepository(ctx);
        List<String> names = members.groups().stream().map(Group::name).toList();
        if (scope.group() == null) {
            throw new UserInputException("Choose a group (--group NAME); groups are: " + String.join(", ", names));
        }
        return members.groupByName(scope.group()).orElseThrow(() -> new UserInputException(
                "There is no group called '" + scope.group() + "'; groups are: " + String.join(", ", names)));
    }

    /** The partnership year the scope names, else the latest one with data; empty years are refused. */
    public PartnershipYear requireYear() {
        if (yearsWithData.isEmpty()) {
            throw new UserInputException("There is nothing recorded yet to report on: add groups, members or actions first");
        }
        if (scope.year() == null) {
            return yearsWithData.get(0);
        }
        PartnershipYear wanted = new PartnershipYear(scope.year(), yearStartMonth);
        if (!yearsWithData.contains(wanted)) {
            PartnershipYear first = yearsWithData.get(yearsWithData.size() - 1);
            throw new UserInputException("Nothing is recorded for the partnership year " + wanted.label() + " ("
                    + wanted.span() + "); years with data run from " + first.label() + " to " + yearsWithData.get(0).label());
        }
        return wanted;
    }

    /** The partnership year the scope names, else the one today falls in (data or not). */
    public PartnershipYear yearOrCurrent() {
        return PartnershipYear.namedOrContaining(scope.year(), today, yearStartMonth);
    }

    /**
     * The item the scope names (a plan, a review, a learning record...), found by {@code find}; a wrong id is refused
     * with {@code missing}'s message. Empty when the scope names none, for the report's own default (often the latest).
     */
    public <T> Optional<T> chosenItem(LongFunction<Optional<T>> find, LongFunction<String> missing) {
        Long id = scope.itemId();
        return id == null ? Optional.empty() : Optional.of(find.apply(id).orElseThrow(() -> new UserInputException(missing.apply(id))));
    }

    /** Who the papers say prepared them. */
    public String author() {
        return partnershipName + " Business Unit";
    }

    /** A paper of this export: its title and subtitle, prepared by the {@link #author} on {@code today}. */
    public DocumentBuilder document(String title, String subtitle) {
        return Document.builder(title).subtitle(subtitle).author(author()).date(today);
    }
}
