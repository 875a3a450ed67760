-- 0305: one list of services. A catalog item with a duration is a service a
-- client can book; a master's booking service may be that item (it then takes
-- the item's title, description, price and duration, and follows the item when
-- the catalog changes). A master's own service with no catalog item stays.
alter table catalog_item add column duration_min integer check (duration_min is null or duration_min between 5 and 1440);
alter table booking_service add column catalog_item_id text references catalog_item (id) on delete set null;
create index booking_service_catalog_idx on booking_service (company_id, catalog_item_id) where catalog_item_id is not null;
