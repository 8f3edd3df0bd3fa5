package org.hubdesk.report.model;

/** Page orientation: wide tables (action trackers, programmes) read better in landscape. */
public enum Orientation { PORTRAIT, LANDSCAPE }
