package org.hubdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's root text size follows the system's default font size. */
class TextSizeTest {
    @Test
    void theUsualSystemSizeGivesTheThemesSizeAndALargerOneScalesItUp() {
        assertThat(TextSize.rootPx(12, "Windows 11")).isEqualTo(14);
        assertThat(TextSize.rootPx(13, "Linux")).isEqualTo(14);
        assertThat(TextSize.rootPx(18, "Windows 11")).isEqualTo(21);
        assertThat(TextSize.rootPx(26, "Mac OS X")).isEqualTo(28);
    }

    @Test
    void aVerySmallSystemFontNeverMakesTextUnreadable() {
        assertThat(TextSize.rootPx(6, "Linux")).isEqualTo(11);
    }
}
