-- 0308: a member may hold several roles (issue 12). `roles` is the list of role
-- keys; effective permissions are the union of those roles' lists. `role` stays
-- as the first of them (what older writers and readers use), kept in step by
-- the trigger below whichever of the two a writer sets.
alter table member add column roles jsonb not null default '[]';
update member set roles = jsonb_build_array(role);

create function dot_member_roles() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if jsonb_typeof(new.roles) <> 'array' or jsonb_array_length(new.roles) = 0 then
      new.roles := jsonb_build_array(new.role);
    end if;
  elsif new.roles = old.roles and new.role is distinct from old.role then
    -- An older writer set the one role: it replaces the list.
    new.roles := jsonb_build_array(new.role);
  end if;
  if jsonb_array_length(new.roles) > 0 then
    new.role := new.roles ->> 0;
  end if;
  return new;
end $$;
create trigger member_roles before insert or update on member
  for each row execute function dot_member_roles();

-- The owner's powers by name become permissions of the roles that had them:
-- granting and withdrawing owner-level roles, and moving a request past a
-- workflow step's role list. SLA escalations go to whoever holds
-- requests.escalations (the head template has it).
update role set permissions = permissions || '["team.owners"]'::jsonb
 where is_system and key = 'owner' and not permissions ? 'team.owners';
update role set permissions = permissions || '["requests.override"]'::jsonb
 where is_system and key = 'owner' and not permissions ? 'requests.override';
update role set permissions = permissions || '["requests.escalations"]'::jsonb
 where not is_system and key = 'head' and not permissions ? 'requests.escalations';
