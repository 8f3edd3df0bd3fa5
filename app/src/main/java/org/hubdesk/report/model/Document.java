package org.hubdesk.report.model;

import java.util.List;

/** A whole report, independent of its file format. */
public record Document(DocumentInfo info, Orientation orientation, List<Block> blocks) {
    public Document {
        if (info == null) {
            throw new IllegalArgumentException("A report needs its title and author");
        }
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        blocks = List.copyOf(blocks);
    }

    public static DocumentBuilder builder(String title) {
        return new DocumentBuilder(title);
    }

    public boolean hasTableOfContents() {
        return blocks.stream().anyMatch(b -> b instanceof Block.TableOfContents);
    }

    public List<Block.Heading> headings() {
        return blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
    }
}
