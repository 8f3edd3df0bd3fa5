package org.hubdesk.domain.learning;

/** One target audience row of a dissemination plan: the purpose of its key messages and its measures of success. */
public record DisseminationRow(Audience audience, String purpose, String measuresOfSuccess) {
    public DisseminationRow {
        if (audience == null) {
            throw new IllegalArgumentException("audience");
        }
        purpose = LearningRecord.clean(purpose, "The purpose of the key messages");
        measuresOfSuccess = LearningRecord.clean(measuresOfSuccess, "The measures of success");
    }

    public static DisseminationRow empty(Audience audience) {
        return new DisseminationRow(audience, null, null);
    }

    public boolean isEmpty() {
        return purpose == null && measuresOfSuccess == null;
    }
}
