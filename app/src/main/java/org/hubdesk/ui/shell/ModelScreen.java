package org.hubdesk.ui.shell;

import javafx.scene.Node;

/**
 * The base of an area's screen driven by one view model: it keeps the view model and the root node
 * the view builds into, and hands them to the main window. A view extends it and only builds.
 */
public abstract class ModelScreen<M extends AreaModel, R extends Node> implements ModelAreaView {
    protected final M model;
    protected final R root;

    protected ModelScreen(M model, R root) {
        this.model = model;
        this.root = root;
    }

    @Override
    public M model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }
}
