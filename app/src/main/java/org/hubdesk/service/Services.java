package org.hubdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hubdesk.service.actions.ActionService;
import org.hubdesk.service.assurance.AssuranceDemo;
import org.hubdesk.service.assurance.AssuranceService;
import org.hubdesk.service.assurance.AuditCalendarService;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.service.backup.StoreDamage;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoService;
import org.hubdesk.service.hub.HubDemoContributor;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.home.DueService;
import org.hubdesk.service.governance.GovernanceDemo;
import org.hubdesk.service.governance.GovernanceService;
import org.hubdesk.service.history.HistoryService;
import org.hubdesk.service.learning.LearningDemoContributor;
import org.hubdesk.service.learning.LearningTrackerDemo;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.learning.RecommendationService;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.service.meetings.MeetingsDemo;
import org.hubdesk.service.members.MembersService;
import org.hubdesk.service.plan.DeliveryPlanDemo;
import org.hubdesk.service.plan.DeliveryPlanService;
import org.hubdesk.service.planner.PlannerDemo;
import org.hubdesk.service.planner.PlannerService;
import org.hubdesk.service.members.RegisterImportService;
import org.hubdesk.service.report.ActionsDemo;
import org.hubdesk.service.report.ReportCatalogue;
import org.hubdesk.service.report.ReportService;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.service.reviews.ReviewsDemo;
import org.hubdesk.store.Database;

/**
 * Every service over one open database. The screens and the command line both go through this,
 * so they share every rule and every transaction. A record, so each feature service is named once
 * and Java writes its accessor ({@code services.members()}).
 */
public record Services(Database database, BackupService backups, MembersService members, DemoService demo,
                       ActionService actions, DeliveryPlanService plans, PlannerService planner, MeetingService meetings,
                       RegisterImportService registerImport, ReportService reports, HubService hub,
                       RecommendationService recommendations, CaseReviewService reviews,
                       LearningTrackerService learningTracker, AssuranceService assurance, PerformanceService performance,
                       AuditCalendarService auditCalendar, GovernanceService governance, HistoryService history,
                       DueService due) implements AutoCloseable {

    public Services(Database database) {
        this(database, BackupService.Policy.STANDARD);
    }

    /** With a rolling-backup policy of one's own (tests, the crash trials). */
    public Services(Database database, BackupService.Policy backupPolicy) {
        this(database, backupPolicy, Clock.systemDefaultZone(), new MeetingService(database, Clock.systemDefaultZone()));
    }

    /** The hub plans its meetings through the same meeting service the screens use, so both see one calendar. */
    private Services(Database database, BackupService.Policy backupPolicy, Clock clock, MeetingService meetings) {
        this(database, new BackupService(database, clock, backupPolicy), new MembersService(database),
                new DemoService(database, demoContributors()), new ActionService(database), new DeliveryPlanService(database),
                new PlannerService(database, clock), meetings, new RegisterImportService(database),
                new ReportService(database, ReportCatalogue.standard(), database.directory()),
                new HubService(database, clock, meetings), new RecommendationService(database, clock),
                new CaseReviewService(database, clock), new LearningTrackerService(database, clock),
                new AssuranceService(database, clock), new PerformanceService(database), new AuditCalendarService(database),
                new GovernanceService(database, clock), new HistoryService(database), new DueService(database, clock));
    }

    /** Opens (creating if need be) the database in {@code dataDirectory}; see {@link Database#open}. */
    public static Services open(Path dataDirectory, char[] passphrase) {
        return open(dataDirectory, passphrase, BackupService.Policy.STANDARD);
    }

    /**
     * Opens the store and starts its rolling backups: one now if none was taken today, then after
     * every N edits or M minutes of editing. A damaged file is never replaced by a new empty one:
     * the refusal names the newest backup and the command that restores it.
     */
    public static Services open(Path dataDirectory, char[] passphrase, BackupService.Policy backupPolicy) {
        Services services = new Services(StoreDamage.open(dataDirectory, passphrase), backupPolicy);
        services.backups.dailyIfNone();
        services.database.onEdit(services.backups::edited);
        return services;
    }

    /**
     * Opens the team database on a PostgreSQL server. Hubdesk takes no rolling backups of it: the
     * server is backed up with pg_dump. {@code localDirectory} still holds this computer's settings.
     */
    public static Services openTeam(TeamDatabase team, char[] password, Path localDirectory) {
        return new Services(org.hubdesk.store.Database.openServer(team.url(), team.user(), password, localDirectory));
    }

    public static boolean databaseExists(Path dataDirectory) {
        return Database.exists(dataDirectory);
    }

    public static boolean databaseEncrypted(Path dataDirectory) {
        return Database.isEncrypted(dataDirectory);
    }

    /** Each feature's part of the demo partnership, in the order they build on each other. */
    private static List<DemoContributor> demoContributors() {
        return List.of(new HubDemoContributor(), new LearningDemoContributor(), new ActionsDemo(), new DeliveryPlanDemo(),
                new LearningTrackerDemo(), new ReviewsDemo(), new MeetingsDemo(),
                new AssuranceDemo(), new GovernanceDemo(), new PlannerDemo());
    }

    public Path dataDirectory() {
        return database.directory();
    }

    public boolean encrypted() {
        return database.encrypted();
    }

    /** Grows with every committed edit made here; screens compare it to reload only after a change. */
    public long revision() {
        return database.revision();
    }

    /** True when this is the team database on a PostgreSQL server. */
    public boolean teamDatabase() {
        return database.onServer();
    }

    /** Where the data is, in words: the file, or the team database's URL. */
    public String location() {
        return database.location();
    }

    /** Back up now: a consistent .zip copy of the open database (as encrypted as the store). */
    public void backupTo(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new org.hubdesk.domain.common.UserInputException("The folder " + folder + " does not exist");
        }
        database.backupTo(target);
    }

    @Override
    public void close() {
        database.close();
    }
}
