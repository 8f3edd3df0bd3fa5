package org.hubdesk.domain.hub;

/** A priority and its cycle as planned, before either is saved. */
public record PlannedCycle(Priority priority, HubCycle cycle) {
}
