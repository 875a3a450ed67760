-- 0803: an approved connection request (issue 18) makes a company with no
-- member yet and invites its owner: that invitation was made by the platform,
-- not by a member, so created_by may be empty (who approved it is in the
-- platform audit log).
alter table invite alter column created_by drop not null;
