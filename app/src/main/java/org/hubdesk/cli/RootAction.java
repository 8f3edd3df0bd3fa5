package org.hubdesk.cli;

import picocli.CommandLine.ParentCommand;

/** A command directly under {@code hubdesk} (due, history, import-members, backup, a feature's group...). */
abstract class RootAction extends HubdeskAction {
    @ParentCommand
    HubdeskCommand root;

    @Override
    HubdeskCommand root() {
        return root;
    }
}
