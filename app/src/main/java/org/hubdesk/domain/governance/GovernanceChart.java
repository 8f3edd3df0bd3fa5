package org.hubdesk.domain.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubdesk.domain.members.Group;

/**
 * The governance chart (seed 000 Appendix 4, seed 003 Appendix 3) drawn from the data: each group
 * under the group it reports to, boards at the top. Positions are in slots (x, one per leaf) and
 * levels (y), so a screen or a picture only scales them. A group whose reports-to chain loops or
 * points nowhere is drawn as a top-level group rather than lost.
 */
public record GovernanceChart(List<Box> boxes, List<Link> links, int slots, int levels) {
    /** One group: its level (0 at the top) and the centre of its box in slots. */
    public record Box(Group group, int level, double x) {
    }

    /** "{@code from} reports to {@code to}", by group id. */
    public record Link(long from, long to) {
    }

    public GovernanceChart {
        boxes = List.copyOf(boxes);
        links = List.copyOf(links);
    }

    public static GovernanceChart of(List<Group> groups) {
        Map<Long, Group> byId = new LinkedHashMap<>();
        groups.stream().sorted(Comparator.comparing(Group::name)).forEach(g -> byId.put(g.id(), g));
        Map<Long, List<Group>> children = new HashMap<>();
        List<Group> roots = new ArrayList<>();
        for (Group g : byId.values()) {
            Long up = g.reportsToGroupId();
            if (up == null || !byId.containsKey(up)) {
                roots.add(g);
            } else {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(g);
            }
        }
        List<Box> boxes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        int[] nextSlot = {0};
        int[] deepest = {0};
        for (Group root : roots) {
            place(root, 0, children, placed, boxes, links, nextSlot, deepest);
        }
        // Groups in a reports-to loop are reached from no root: draw each unplaced one as a root.
        for (Group g : byId.values()) {
            if (!placed.contains(g.id())) {
                place(g, 0, children, placed, boxes, links, nextSlot, deepest);
            }
        }
        return new GovernanceChart(boxes, links, nextSlot[0], boxes.isEmpty() ? 0 : deepest[0] + 1);
    }

    private static double place(Group g, int level, Map<Long, List<Group>> children, Set<Long> placed, List<Box> boxes,
                                List<Link> links, int[] nextSlot, int[] deepest) {
        placed.add(g.id());
        deepest[0] = Math.max(deepest[0], level);
        List<Double> xs = new ArrayList<>();
        for (Group child : children.getOrDefault(g.id(), List.of())) {
            if (!placed.contains(child.id())) {
                xs.add(place(child, level + 1, children, placed, boxes, links, nextSlot, deepest));
                links.add(new Link(child.id(), g.id()));
            }
        }
        double x = xs.isEmpty() ? nextSlot[0]++ + 0.5 : (xs.get(0) + xs.get(xs.size() - 1)) / 2;
        boxes.add(new Box(g, level, x));
        return x;
    }

    public Box box(long groupId) {
        return boxes.stream().filter(b -> b.group().id() == groupId).findFirst().orElse(null);
    }
}
