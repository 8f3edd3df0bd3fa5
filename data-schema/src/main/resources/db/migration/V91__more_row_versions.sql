-- Optimistic locking (see V85) for the records edited in dialogs that V85 did not cover: an agenda
-- item and a learning record. A save made from what someone opened at version N is refused if the
-- row is no longer at N.
-- Portable SQL: the same statements on H2 and PostgreSQL.

alter table agenda_item add column row_version integer default 0 not null;
alter table learning_record add column row_version integer default 0 not null;
