-- 1010: the request list in the exact order Zero asks for it. ZQL on the
-- server (the REST list, GET /api/v1/requests) sorts by
-- "created_at DESC NULLS LAST, id ASC NULLS FIRST", which the older
-- (company_id, created_at desc) index cannot give (a DESC index keeps NULLs
-- first, and it has no id): PostgreSQL read and sorted every request of the
-- company for each page — 400 ms for the first page at 100,000 requests, and a
-- deep page sorted every row below its cursor. With this index a page reads
-- its 100 rows from the index, whatever the company's size (bench/growth.ts).
create index request_company_list_idx on request (company_id, created_at desc nulls last, id asc nulls first);
