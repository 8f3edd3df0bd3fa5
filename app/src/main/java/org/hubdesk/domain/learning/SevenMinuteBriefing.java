package org.hubdesk.domain.learning;

import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;

/**
 * A 7-minute briefing (seed 002 section 11: "Develop a 7-minute briefing following each learning
 * activity and disseminate across the Partnership for use within team meetings"): seven short
 * parts that a team reads and discusses in seven minutes. The seed names the briefing but not its
 * parts; these are the seven headings partnerships' briefings customarily use. A briefing starts
 * from its learning record ({@link #draft}) and any part can be rewritten before export.
 */
public record SevenMinuteBriefing(List<String> parts) {
    public static final List<String> HEADINGS = List.of(
            "1. Background", "2. Why it matters", "3. What we found", "4. Key messages", "5. What you should do",
            "6. Questions for reflection", "7. Further information");
    /** Each part has to fit its box on one printed A4 page. */
    public static final int MAX_PART_LENGTH = 700;

    public SevenMinuteBriefing {
        if (parts == null || parts.size() != HEADINGS.size()) {
            throw new IllegalArgumentException("a 7-minute briefing has seven parts");
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i) == null ? "" : parts.get(i).strip();
            if (p.length() > MAX_PART_LENGTH) {
                throw new UserInputException("'" + HEADINGS.get(i).substring(3) + "' is " + p.length() + " characters; keep each part "
                        + "of a 7-minute briefing under " + MAX_PART_LENGTH + " so it fits on one page");
            }
            clean.add(p);
        }
        parts = List.copyOf(clean);
    }

    public String part(int index) {
        return parts.get(index);
    }

    public SevenMinuteBriefing with(int index, String text) {
        List<String> p = new ArrayList<>(parts);
        p.set(index, text);
        return new SevenMinuteBriefing(p);
    }

    /**
     * The briefing as the record suggests it; {@code sourceName} is the hub cycle's priority or the
     * record's reference. Long texts are shortened to fit the page.
     */
    public static SevenMinuteBriefing draft(LearningRecord r, String sourceName, DisseminationPlan plan) {
        String source = r.sourceKind().label() + (sourceName == null ? "" : ": " + sourceName);
        String background = fit(source + ". " + r.activity() + " (" + r.datesUndertaken() + ")"
                + (r.subgroup() == null ? "." : ", considered by the " + r.subgroup() + "."));
        String why = fit("Learning only changes children's lives when it reaches practice. This briefing shares what the "
                + "partnership learned so that teams can discuss it and check their own practice."
                + (r.targetAudiences() == null ? "" : " It is for: " + r.targetAudiences() + "."));
        String found = fit(r.findings() == null ? "" : r.findings());
        String messages = fit(r.keyMessages() == null ? "" : r.keyMessages());
        String todo = fit("Discuss this briefing at your next team meeting. Check your cases against the key messages and talk "
                + "to your safeguarding lead or supervisor about any concerns.");
        String questions = fit("- What does this learning mean for the children and families you work with?\n"
                + "- What would you do differently tomorrow?\n- What gets in the way, and who can help?");
        List<String> methods = plan == null ? List.of() : plan.actions().stream().map(DisseminationAction::method).distinct().toList();
        String more = fit("Speak to the Safeguarding Children Partnership business unit for the full findings"
                + (methods.isEmpty() ? "." : ". Also shared through: " + String.join("; ", methods) + "."));
        return new SevenMinuteBriefing(List.of(background, why, found, messages, todo, questions, more));
    }

    private static String fit(String text) {
        if (text.length() <= MAX_PART_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_PART_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : MAX_PART_LENGTH - 1) + "…";
    }
}
