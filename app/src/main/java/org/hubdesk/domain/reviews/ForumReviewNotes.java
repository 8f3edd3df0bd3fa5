package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hubdesk.domain.common.Labelled;

/**
 * The Forum's "Noting current and pending learning reviews" item (seed 003 Appendix I, item 3):
 * the reviews open now, and those finished lately whose learning is still to be noted, listed
 * under the agenda's own headings — Domestic Homicide Reviews, Safeguarding Adults Reviews, Child
 * Safeguarding Practice Reviews — then seriously good case reviews.
 */
public final class ForumReviewNotes {
    /** A review finished this many months before the meeting is still noted, for its learning. */
    public static final int RECENT_MONTHS = 3;
    /** How much of a review's learning an agenda line carries; the full text stays with the review. */
    public static final int LEARNING_CHARS = 160;

    /** The item's headings in the template's order. */
    public enum Heading implements Labelled {
        DHR,
        SAR,
        CSPR,
        SERIOUSLY_GOOD,
        OTHER_ELSEWHERE
    }

    private static final Pattern DHR = Pattern.compile("\\bDHR\\b|domestic homicide|community safety", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAR = Pattern.compile("\\bSAR\\b|safeguarding adults", Pattern.CASE_INSENSITIVE);

    private ForumReviewNotes() {
    }

    /**
     * Which heading a review is noted under. A review led elsewhere is a DHR or a SAR by what its
     * title or its lead says ("Domestic homicide review (DHR) ...", led by the Community Safety
     * Partnership); the partnership's own reviews are child safeguarding practice reviews.
     */
    public static Heading headingOf(CaseReview r) {
        return switch (r.kind()) {
            case RAPID_REVIEW, LCSPR, SINGLE_AGENCY -> Heading.CSPR;
            case SERIOUSLY_GOOD -> Heading.SERIOUSLY_GOOD;
            case LED_ELSEWHERE -> {
                String text = r.title() + " " + (r.ledBy() == null ? "" : r.ledBy());
                if (DHR.matcher(text).find()) {
                    yield Heading.DHR;
                }
                yield SAR.matcher(text).find() ? Heading.SAR : Heading.OTHER_ELSEWHERE;
            }
        };
    }

    /** Is the review current or pending at the meeting, or finished lately enough that its learning is noted? */
    public static boolean noted(CaseReview r, LocalDate meetingDay) {
        if (r.received().isAfter(meetingDay)) {
            return false;
        }
        if (r.status().open()) {
            return true;
        }
        LocalDate finished = finishedOn(r);
        return r.learning() != null && finished != null && !finished.isBefore(meetingDay.minusMonths(RECENT_MONTHS));
    }

    /**
     * The item's lines, one per review under its heading, headings in the template's order; the
     * three headings of the seed always appear, saying "none current" when they have nothing.
     */
    public static List<String> lines(List<CaseReview> reviews, LocalDate meetingDay, LocalDate today) {
        List<String> out = new ArrayList<>();
        for (Heading h : Heading.values()) {
            List<CaseReview> under = reviews.stream().filter(r -> headingOf(r) == h && noted(r, meetingDay))
                    .sorted(Comparator.comparing(CaseReview::received).thenComparing(CaseReview::id)).toList();
            if (under.isEmpty()) {
                if (h == Heading.DHR || h == Heading.SAR || h == Heading.CSPR) {
                    out.add(h.label() + ": none current");
                }
                continue;
            }
            for (CaseReview r : under) {
                out.add(h.label() + ": " + line(r, today));
            }
        }
        return out;
    }

    /** "Rapid review, CR-2026-014: Neglect, infant — in progress; Rapid Review report: 3 working days left". */
    static String line(CaseReview r, LocalDate today) {
        StringBuilder s = new StringBuilder();
        if (r.kind() != ReviewKind.LED_ELSEWHERE && r.kind() != ReviewKind.SERIOUSLY_GOOD) {
            s.append(r.kind().label()).append(", ");
        }
        if (r.caseReference() != null) {
            s.append(r.caseReference()).append(": ");
        }
        s.append(r.title());
        if (r.ledBy() != null) {
            s.append(" (led by ").append(r.ledBy()).append(')');
        }
        s.append(" – ").append(r.status().shortLabel().toLowerCase(Locale.ROOT));
        ReviewClock next = r.status().open() ? r.nextClock() : null;
        if (next != null) {
            s.append("; ").append(next.label()).append(": ").append(next.describe(today));
        }
        if (r.kind() == ReviewKind.SERIOUSLY_GOOD && r.briefingOn() != null) {
            s.append("; briefing ").append(r.briefingOn());
        }
        if (r.learning() != null) {
            String l = r.learning().replaceAll("\\s+", " ");
            s.append("; learning: ").append(l.length() > LEARNING_CHARS ? l.substring(0, LEARNING_CHARS - 1).strip() + "…" : l);
        }
        return s.toString();
    }

    /** When a finished review finished: published, report sent, or its LCSPR decision; null if unknown. */
    static LocalDate finishedOn(CaseReview r) {
        if (r.lcspr() != null && r.lcspr().publishedOn() != null) {
            return r.lcspr().publishedOn();
        }
        if (r.reportSentOn() != null) {
            return r.reportSentOn();
        }
        if (r.lcsprDecision() != null) {
            return r.lcsprDecision().decidedOn();
        }
        return r.briefingOn();
    }
}
