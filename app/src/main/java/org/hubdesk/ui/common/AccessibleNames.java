package org.hubdesk.ui.common;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;

/**
 * One place that gives every focusable control an accessible name, so a screen reader says what a
 * control is when the keyboard reaches it. A control keeps a name set explicitly; otherwise its
 * name is taken, in order, from a label whose {@code labelFor} is the control, the label just
 * before it in its row (a form's "Label  field" pair, which then gets {@code labelFor} too), its
 * prompt text, its tooltip, or what it lists (a table's columns, a tab pane's tabs). A button's own
 * text already names it. Installed once on the scene, it names the whole window and again on every
 * focus change, so controls built later (after data loads) are named before they are announced.
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    public static void install(Scene scene) {
        // Once per scene: a dialog shown again is not given a second listener.
        if (scene.getProperties().putIfAbsent(AccessibleNames.class, Boolean.TRUE) != null) {
            return;
        }
        if (scene.getRoot() != null) {
            fill(scene.getRoot());
        }
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (scene.getRoot() != null) {
                fill(scene.getRoot());
            }
        });
    }

    private static boolean everyWindow;

    /**
     * Names the controls of every window the application opens from now on (dialogs, alerts, the
     * main window), on the FX thread: a dialog's fields get their names as the main window's do.
     */
    public static void installOnEveryWindow() {
        if (everyWindow) {
            return;
        }
        everyWindow = true;
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) change -> {
            while (change.next()) {
                for (javafx.stage.Window w : change.getAddedSubList()) {
                    if (w.getScene() != null) {
                        install(w.getScene());
                    }
                }
            }
        });
    }

    /** Names every control under {@code root} that has no name yet. */
    public static void fill(Parent root) {
        Map<Node, Label> labels = new IdentityHashMap<>();
        collectLabels(root, labels);
        walk(root, labels);
    }

    private static void collectLabels(Node node, Map<Node, Label> labels) {
        if (node instanceof Label l && l.getLabelFor() != null && present(l.getText())) {
            labels.put(l.getLabelFor(), l);
        }
        children(node).forEach(child -> collectLabels(child, labels));
    }

    /** A node's children, with a scroll pane's content and every tab's content (also the tabs not showing). */
    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof Parent p) {
            out.addAll(p.getChildrenUnmodifiable());
        }
        if (node instanceof ScrollPane s && s.getContent() != null && !out.contains(s.getContent())) {
            out.add(s.getContent());
        }
        if (node instanceof TabPane t) {
            t.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).filter(n -> !out.contains(n)).forEach(out::add);
        }
        return out;
    }

    private static void walk(Node node, Map<Node, Label> labels) {
        if (node instanceof Control c && c.isFocusTraversable() && needsName(c)) {
            String name = derive(c, labels);
            if (name != null && !name.isBlank()) {
                c.setAccessibleText(name);
            }
        }
        children(node).forEach(child -> walk(child, labels));
    }

    /** The name a screen reader gets: the accessible text, else a labelled control's own text. */
    public static String nameOf(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        return null;
    }

    private static boolean needsName(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return false;
        }
        // A label, a button or a check box is named by its own text unless it shows only a picture.
        return !(c instanceof Labeled l) || !present(l.getText());
    }

    private static String derive(Control c, Map<Node, Label> labels) {
        String byLabel = labelFor(c, labels);
        if (byLabel != null) {
            return byLabel;
        }
        if (c instanceof TextInputControl t && present(t.getPromptText())) {
            return t.getPromptText();
        }
        if (c instanceof ComboBoxBase<?> b && present(b.getPromptText())) {
            return b.getPromptText();
        }
        if (c instanceof Spinner<?> s && s.getEditor() != null && present(s.getEditor().getPromptText())) {
            return s.getEditor().getPromptText();
        }
        Tooltip tip = c.getTooltip();
        if (tip != null && present(tip.getText())) {
            return tip.getText();
        }
        if (c instanceof TableView<?> t) {
            return listed("Table", t.getColumns());
        }
        if (c instanceof TreeTableView<?> t) {
            return listed("Table", t.getColumns());
        }
        if (c instanceof TabPane t && !t.getTabs().isEmpty()) {
            return "Tabs: " + String.join(", ", t.getTabs().stream().map(Tab::getText).toList());
        }
        if (c instanceof ListView<?> l && l.getId() != null) {
            return words(l.getId()) + " list";
        }
        return null;
    }

    /** The text of the label naming this control: by labelFor, else the label just before it in its row. */
    private static String labelFor(Control c, Map<Node, Label> labels) {
        Parent parent = c.getParent();
        Label named = labels.get(c);
        if (named != null) {
            return clean(named.getText());
        }
        // Only in a layout pane: the parts inside a control's skin are not a form's label and field.
        if (!(parent instanceof javafx.scene.layout.Pane) || c instanceof Labeled) {
            return null;
        }
        List<Node> siblings = parent.getChildrenUnmodifiable();
        Node before = null;
        if (parent instanceof GridPane) {
            Integer row = GridPane.getRowIndex(c);
            Integer col = GridPane.getColumnIndex(c);
            int r = row == null ? 0 : row;
            int k = col == null ? 0 : col;
            for (Node n : siblings) {
                Integer nr = GridPane.getRowIndex(n);
                Integer nc = GridPane.getColumnIndex(n);
                if ((nr == null ? 0 : nr) == r && (nc == null ? 0 : nc) == k - 1) {
                    before = n;
                }
            }
        } else {
            int i = siblings.indexOf(c);
            before = i > 0 ? siblings.get(i - 1) : null;
        }
        if (before instanceof Label l && l.getLabelFor() == null && present(l.getText())) {
            l.setLabelFor(c);
            return clean(l.getText());
        }
        return null;
    }

    private static String listed(String what, List<? extends TableColumnBase<?, ?>> columns) {
        List<String> names = columns.stream().map(TableColumnBase::getText).filter(AccessibleNames::present).toList();
        return names.isEmpty() ? what : what + " of " + String.join(", ", names);
    }

    private static String words(String id) {
        String s = id.replace('-', ' ').strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String clean(String label) {
        String s = label.strip();
        while (s.endsWith(":") || s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replace("_", "");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
