package org.hubdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says plainly that an area is not built yet: no fake data. */
final class PlaceholderView implements AreaView {
    private final VBox box;

    PlaceholderView(Area area) {
        Label title = new Label(area.title());
        title.getStyleClass().add("title-2");
        Label purpose = new Label(area.purpose() + ".");
        Label notYet = new Label("This area is not built yet in this version of Hubdesk.");
        notYet.getStyleClass().add("text-muted");
        box = new VBox(12, title, purpose, notYet);
        box.setAlignment(Pos.CENTER);
        box.setId("placeholder-" + area.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Node node() {
        return box;
    }
}
