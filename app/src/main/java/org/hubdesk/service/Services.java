package org.hubdesk.service;

import java.nio.file.Path;
import java.util.List;
import org.hubdesk.service.actions.ActionService;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.service.backup.StoreDamage;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoService;
import org.hubdesk.service.hub.HubDemoContributor;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.home.DueService;
import org.hubdesk.service.governance.GovernanceService;
import org.hubdesk.service.learning.LearningDemoContributor;
import org.hubdesk.service.learning.LearningTrackerDemo;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.learning.RecommendationService;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.service.meetings.MeetingsDemo;
import org.hubdesk.service.members.MembersService;
import org.hubdesk.service.plan.DeliveryPlanDemo;
import org.hubdesk.service.plan.DeliveryPlanService;
import org.hubdesk.service.members.RegisterImportService;
import org.hubdesk.service.report.ActionsDemo;
import org.hubdesk.service.report.ReportCatalogue;
import org.hubdesk.service.report.ReportService;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.service.reviews.ReviewsDemo;
import org.hubdesk.store.Database;

/**
 * Every service over one open database. The screens and the command line both go through this,
 * so they share every rule and every transaction.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final MembersService members;
    private final DemoService demo;
    private final ActionService actions;
    private final DeliveryPlanService plans;
    private final MeetingService meetings;
    private final RegisterImportService registerImport;
    private final ReportService reports;
    private final HubService hub;
    private final RecommendationService recommendations;
    private final CaseReviewService reviews;
    private final LearningTrackerService learningTracker;
    private final BackupService backups;
    private final org.hubdesk.service.assurance.AssuranceService assurance;
    private final org.hubdesk.service.assurance.PerformanceService performance;
    private final org.hubdesk.service.assurance.AuditCalendarService auditCalendar;
    private final DueService due;
    private final GovernanceService governance;
    private final org.hubdesk.service.history.HistoryService history;
    private final org.hubdesk.service.planner.PlannerService planner;

    public Services(Database database) {
        this(database, BackupService.Policy.STANDARD);
    }

    /** With a rolling-backup policy of one's own (tests, the crash trials). */
    public Services(Database database, BackupService.Policy backupPolicy) {
        this.database = database;
        this.backups = new BackupService(database, java.time.Clock.systemDefaultZone(), backupPolicy);
        this.members = new MembersService(database);
        this.demo = new DemoService(database, demoContributors());
        this.actions = new ActionService(database);
        this.plans = new DeliveryPlanService(database);
        this.meetings = new MeetingService(database, java.time.Clock.systemDefaultZone());
        this.registerImport = new RegisterImportService(database);
        this.reports = new ReportService(database, ReportCatalogue.standard(), database.directory());
        this.hub = new HubService(database, java.time.Clock.systemDefaultZone(), meetings);
        this.recommendations = new RecommendationService(database, java.time.Clock.systemDefaultZone());
        this.reviews = new CaseReviewService(database, java.time.Clock.systemDefaultZone());
        this.learningTracker = new LearningTrackerService(database, java.time.Clock.systemDefaultZone());
        this.assurance = new org.hubdesk.service.assurance.AssuranceService(database, java.time.Clock.systemDefaultZone());
        this.performance = new org.hubdesk.service.assurance.PerformanceService(database);
        this.auditCalendar = new org.hubdesk.service.assurance.AuditCalendarService(database);
        this.due = new DueService(database, java.time.Clock.systemDefaultZone());
        this.governance = new GovernanceService(database, java.time.Clock.systemDefaultZone());
        this.history = new org.hubdesk.service.history.HistoryService(database);
        this.planner = new org.hubdesk.service.planner.PlannerService(database, java.time.Clock.systemDefaultZone());
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
                new org.hubdesk.service.assurance.AssuranceDemo(), new org.hubdesk.service.governance.GovernanceDemo(),
                new org.hubdesk.service.planner.PlannerDemo());
    }

    public Database database() {
        return database;
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

    public BackupService backups() {
        return backups;
    }

    public MembersService members() {
        return members;
    }

    public ActionService actions() {
        return actions;
    }

    public DeliveryPlanService plans() {
        return plans;
    }

    public org.hubdesk.service.planner.PlannerService planner() {
        return planner;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public RegisterImportService registerImport() {
        return registerImport;
    }

    public DemoService demo() {
        return demo;
    }

    public ReportService reports() {
        return reports;
    }

    public HubService hub() {
        return hub;
    }

    public RecommendationService recommendations() {
        return recommendations;
    }

    public CaseReviewService reviews() {
        return reviews;
    }

    public LearningTrackerService learningTracker() {
        return learningTracker;
    }

    public org.hubdesk.service.assurance.AssuranceService assurance() {
        return assurance;
    }

    public org.hubdesk.service.assurance.PerformanceService performance() {
        return performance;
    }

    public org.hubdesk.service.assurance.AuditCalendarService auditCalendar() {
        return auditCalendar;
    }

    public GovernanceService governance() {
        return governance;
    }

    public org.hubdesk.service.history.HistoryService history() {
        return history;
    }

    public DueService due() {
        return due;
    }

    @Override
    public void close() {
        database.close();
    }
}
