-- Meeting invitations that Outlook treats as requests: the SEQUENCE last sent for a meeting and a
-- fingerprint of what it said (time, place, status, organizer, attendees), so a changed meeting is
-- re-sent with a higher SEQUENCE under the same UID and an unchanged one keeps its number.
-- Portable SQL only (H2 now, PostgreSQL later).

alter table meeting add column invitation_sequence integer;
alter table meeting add column invitation_fingerprint varchar(100);
