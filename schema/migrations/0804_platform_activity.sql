-- 0804: the console's list of companies (issue 18) shows each company's last
-- activity, the latest moment any of its sessions was seen. Sessions were
-- indexed by person only; this finds a company's latest at once.
create index session_company_seen_idx on session (company_id, last_seen_at desc);
