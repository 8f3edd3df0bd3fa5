package org.hubdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTextTest {
    @Test
    void requiredTextIsStrippedAndBlankIsRefusedWithTheRecordsOwnMessage() {
        assertThat(UserText.required("  Minutes \n", "Write the minutes")).isEqualTo("Minutes");
        assertThatThrownBy(() -> UserText.required(" \t", "Write the minutes"))
                .isInstanceOf(UserInputException.class).hasMessage("Write the minutes");
        assertThatThrownBy(() -> UserText.required(null, "Write the minutes")).hasMessage("Write the minutes");
    }

    @Test
    void theLengthLimitCountsTheStrippedTextAndTheMessageCanSayHowLongItIs() {
        assertThat(UserText.required(" abcd ", "blank", 4, n -> "too long: " + n)).isEqualTo("abcd");
        assertThatThrownBy(() -> UserText.required("abcde", "blank", 4, n -> "too long: " + n))
                .isInstanceOf(UserInputException.class).hasMessage("too long: 5");
        assertThatThrownBy(() -> UserText.required("", "blank", 4, n -> "too long: " + n)).hasMessage("blank");
    }

    @Test
    void optionalTextIsStrippedOrNull() {
        assertThat(UserText.optional(" note ")).isEqualTo("note");
        assertThat(UserText.optional("   ")).isNull();
        assertThat(UserText.optional(null)).isNull();
        assertThat(UserText.optional(" ", 2, n -> "too long")).isNull();
        assertThatThrownBy(() -> UserText.optional("abc", 2, n -> "at most 2, not " + n)).hasMessage("at most 2, not 3");
    }
}
