package org.hubdesk.ui.plan;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.plan.RichText;
import org.hubdesk.ui.common.Controls;

/**
 * A text area for the plan's markup with Bold and Italic buttons (Ctrl+B, Ctrl+I) that wrap the
 * selection; what the markup means is {@link RichText}'s, so the report prints what is typed here.
 */
final class MarkupEditor extends VBox {
    static final String HINT = "New line = new paragraph; start a line with \"- \" for a bullet; **bold**, *italic*";

    private final TextArea area = new TextArea();
    private final HBox toolbar;

    MarkupEditor(String id, int rows) {
        super(2);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        Button bold = styleButton("B", "-fx-font-weight: bold; -fx-padding: 1 7 1 7;", "Bold (Ctrl+B)", id + "-bold", RichText.Style.BOLD);
        Button italic = styleButton("I", "-fx-font-style: italic; -fx-padding: 1 8 1 8;", "Italic (Ctrl+I)", id + "-italic",
                RichText.Style.ITALIC);
        Label hint = new Label(HINT);
        hint.getStyleClass().add("evidence-meta");
        toolbar = new HBox(4, bold, italic, hint);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.B) {
                apply(RichText.Style.BOLD);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.I) {
                apply(RichText.Style.ITALIC);
                e.consume();
            }
        });
        getChildren().addAll(toolbar, area);
        toolbar.visibleProperty().bind(area.editableProperty());
        toolbar.managedProperty().bind(area.editableProperty());
    }

    /** A toolbar button that marks the selection with {@code style}; the area keeps the focus. */
    private Button styleButton(String text, String css, String tooltip, String id, RichText.Style style) {
        Button b = Controls.button(text, id, tooltip, () -> apply(style));
        b.setStyle(css);
        b.setFocusTraversable(false);
        return b;
    }

    private void apply(RichText.Style style) {
        if (!area.isEditable()) {
            return;
        }
        var sel = area.getSelection();
        RichText.Edit edit = RichText.toggle(area.getText(), sel.getStart(), sel.getEnd(), style);
        area.setText(edit.text());
        area.selectRange(edit.selectionStart(), edit.selectionEnd());
        area.requestFocus();
    }

    TextArea area() {
        return area;
    }
}
