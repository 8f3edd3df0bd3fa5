-- Optimistic locking for a team database (PostgreSQL, several people at once): each main editable
-- record carries a version that every save increments. A save made from what someone opened at
-- version N is refused if the row is no longer at N, so nobody overwrites a colleague's edit
-- without seeing it. On the embedded file (one user) it costs one integer a row.
-- Portable SQL: the same statements on H2 and PostgreSQL.

alter table person add column row_version integer default 0 not null;
alter table partnership_group add column row_version integer default 0 not null;
alter table membership add column row_version integer default 0 not null;
alter table action_item add column row_version integer default 0 not null;
alter table delivery_plan add column row_version integer default 0 not null;
alter table plan_evidence add column row_version integer default 0 not null;
alter table meeting add column row_version integer default 0 not null;
alter table hub_cycle add column row_version integer default 0 not null;
alter table recommendation add column row_version integer default 0 not null;
alter table case_review add column row_version integer default 0 not null;
