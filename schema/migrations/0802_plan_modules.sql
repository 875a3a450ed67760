-- 0802: a company on a plan without a module cannot have it on (issue 18, P4),
-- whatever path writes its switches (the app's sync, REST, a console, SQL).
-- A missing key in company_profile.modules means the module's default, which
-- for most modules is ON (shared/company/modules.ts DEFAULT_MODULES): so the
-- modules a plan lacks are written as explicit false, never just left out.
--
-- The list of every module mirrors MODULES in shared/company/modules.ts
-- (plans.pg.test.ts fails when they differ): a module added later adds itself
-- here in its own migration.
create function dot_all_modules() returns jsonb language sql immutable as $$
  select '["requests", "crm", "catalog", "booking", "reviews", "backoffice", "analytics", "messengers", "tasks", "finance"]'::jsonb
$$;

-- {module: false} for every module the company's plan does not include ({} when none, or no account yet).
create function dot_plan_lacks(company text) returns jsonb language sql stable as $$
  select coalesce(jsonb_object_agg(m, false), '{}'::jsonb)
    from company_account a
    join plan p on p.key = a.plan_key
    cross join lateral jsonb_array_elements_text(dot_all_modules()) m
   where a.company_id = company and not (p.modules ? m)
$$;

create function dot_plan_modules() returns trigger language plpgsql as $$
declare
  lacks jsonb := dot_plan_lacks(new.id);
begin
  if lacks <> '{}'::jsonb then
    new.modules := coalesce(new.modules, '{}'::jsonb) || lacks;
  end if;
  return new;
end $$;
create trigger company_profile_plan_modules before insert or update on company_profile
  for each row execute function dot_plan_modules();

-- A company moved to another plan: the modules the new plan lacks go off at once.
-- (A module the new plan has again stays as it was: the owner switches it on.)
create function dot_plan_reapply_company() returns trigger language plpgsql as $$
begin
  update company_profile set modules = modules
   where id = new.company_id and (modules || dot_plan_lacks(id)) is distinct from modules;
  return null;
end $$;
create trigger company_account_plan_modules after update of plan_key on company_account
  for each row when (old.plan_key is distinct from new.plan_key) execute function dot_plan_reapply_company();

-- A plan losing a module: off in every company on it, in the same transaction.
create function dot_plan_reapply_plan() returns trigger language plpgsql as $$
begin
  update company_profile set modules = modules
   where id in (select company_id from company_account where plan_key = new.key)
     and (modules || dot_plan_lacks(id)) is distinct from modules;
  return null;
end $$;
create trigger plan_modules_reapply after update of modules on plan
  for each row when (old.modules is distinct from new.modules) execute function dot_plan_reapply_plan();
