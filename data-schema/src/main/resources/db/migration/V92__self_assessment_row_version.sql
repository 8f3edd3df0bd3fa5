-- Optimistic locking (see V85) for an assurance return entered or corrected on screen: a return
-- saved from what someone opened at version N is refused if the row is no longer at N.
-- Portable SQL: the same statement on H2 and PostgreSQL.

alter table self_assessment add column row_version integer default 0 not null;
