package org.hubdesk.domain.governance;

import java.util.List;

/**
 * The Back to Practice model agreed by the Board in March 2016 (seed 001): information downloaded
 * from front-line practice, analysed in the Learning Hub, decided on by the Quality and
 * Effectiveness Board and driven back into practice by priority task groups. The stages sit where
 * the seed's diagram puts them (left, middle, right, top middle) on a 3 x 2 grid, and the seed's
 * colours are named in words too, so the picture never relies on colour alone.
 */
public final class BackToPractice {
    public static final double BOX_WIDTH = 210;
    public static final double BOX_HEIGHT = 124;
    public static final double COLUMN = 300;
    public static final double ROW = 190;
    public static final double MARGIN = 20;

    /** One stage: its place in the grid (column 0-2, row 0-1), the seed's colour in words and as RRGGBB. */
    public record Stage(String name, String role, int column, int row, String colourName, String rgb) {
    }

    /** An arrow from one stage to the next: its short label on the picture and what it means, in words. */
    public record Flow(Stage from, Stage to, String label, String meaning) {
    }

    public static final Stage DOWNLOAD = new Stage("Download",
            "Information on multi-agency front-line practice, with feedback from children, young people, parents and carers",
            0, 1, "green", "D9EAD3");
    public static final Stage LEARNING_HUB = new Stage("Learning Hub",
            "Analyses the learning from practice; meets bi-monthly", 1, 1, "pink", "F4CCCC");
    public static final Stage BOARD = new Stage("Quality and Effectiveness Board",
            "Makes decisions and provides oversight; meets 6 times a year", 2, 1, "blue", "CFE2F3");
    public static final Stage TASK_GROUPS = new Stage("Priority task groups",
            "Drive through the changes the Board agreed: the impact on practice", 1, 0, "darker blue", "9FC5E8");

    private BackToPractice() {
    }

    public static List<Stage> stages() {
        return List.of(DOWNLOAD, LEARNING_HUB, BOARD, TASK_GROUPS);
    }

    public static List<Flow> flows() {
        return List.of(new Flow(DOWNLOAD, LEARNING_HUB, "download", "what practice shows is downloaded for the Learning Hub to analyse"),
                new Flow(LEARNING_HUB, BOARD, "learning", "the learning from practice goes to the Board for decisions"),
                new Flow(BOARD, TASK_GROUPS, "changes agreed", "the Board agrees changes for the task groups to drive through"),
                new Flow(TASK_GROUPS, DOWNLOAD, "impact on practice", "the changes reach front-line practice, and the next download shows their impact"));
    }

    public static double left(Stage s) {
        return MARGIN + s.column() * COLUMN + (COLUMN - BOX_WIDTH) / 2;
    }

    public static double top(Stage s) {
        return MARGIN + s.row() * ROW;
    }

    public static double width() {
        return MARGIN * 2 + 3 * COLUMN;
    }

    public static double height() {
        return MARGIN * 2 + ROW + BOX_HEIGHT;
    }

    /**
     * An arrow's line, x1, y1, x2, y2 (the head at the second point): side to side between boxes on
     * one row; going up, from the top of the lower box to the side of the upper one; going down,
     * from the side of the upper box to the top of the lower one.
     */
    public static double[] arrow(Flow f) {
        Stage a = f.from();
        Stage b = f.to();
        if (a.row() == b.row()) {
            boolean right = b.column() > a.column();
            double y = top(a) + BOX_HEIGHT / 2;
            return new double[] {right ? left(a) + BOX_WIDTH : left(a), y, right ? left(b) : left(b) + BOX_WIDTH, y};
        }
        if (b.row() < a.row()) {
            double sideB = b.column() < a.column() ? left(b) + BOX_WIDTH : left(b);
            return new double[] {left(a) + BOX_WIDTH / 2, top(a), sideB, top(b) + BOX_HEIGHT / 2};
        }
        double sideA = b.column() < a.column() ? left(a) : left(a) + BOX_WIDTH;
        return new double[] {sideA, top(a) + BOX_HEIGHT / 2, left(b) + BOX_WIDTH / 2, top(b)};
    }

    /** Where an arrow's label goes: above the middle of a level arrow, else beside the middle, away from the picture's centre. */
    public record LabelSpot(double x, double y, boolean endsAtX) {
    }

    public static LabelSpot labelSpot(double[] arrow) {
        double mx = (arrow[0] + arrow[2]) / 2;
        double my = (arrow[1] + arrow[3]) / 2;
        if (Math.abs(arrow[3] - arrow[1]) < 1) {
            return new LabelSpot(mx, my - 6, false);
        }
        boolean leftHalf = mx < width() / 2;
        return new LabelSpot(leftHalf ? mx - 8 : mx + 8, my, leftHalf);
    }

    /** The arrow's head at its second point: a triangle's corners x, y, x, y, x, y. */
    public static double[] head(double[] arrow) {
        double angle = Math.atan2(arrow[3] - arrow[1], arrow[2] - arrow[0]);
        return new double[] {arrow[2], arrow[3], arrow[2] - 11 * Math.cos(angle - 0.4), arrow[3] - 11 * Math.sin(angle - 0.4),
            arrow[2] - 11 * Math.cos(angle + 0.4), arrow[3] - 11 * Math.sin(angle + 0.4)};
    }

    /** The model in words: each stage with its place and colour, then each arrow, in the order the work flows. */
    public static List<String> sentences() {
        List<String> out = new java.util.ArrayList<>();
        for (Stage s : stages()) {
            out.add(s.name() + " (" + s.colourName() + "): " + lowerFirst(s.role()) + ".");
        }
        for (Flow f : flows()) {
            out.add("From " + f.from().name() + " to the " + f.to().name() + " (" + f.label() + "): " + f.meaning() + ".");
        }
        return out;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
