// "Записаться" from the company's site starts with a master or with a
// service. Several masters may offer the same service: the catalog's item (one
// service list, 0305) or, for a master's own service, the same name. A client
// who picks the service then picks among the masters who offer it.
export type OfferedService = {id: string; title: string; catalog_item_id: string | null; duration_min: number; price: number | null};
export type MasterOffer<M> = {master: M; service: OfferedService};
export type ServiceGroup<M> = {key: string; title: string; offers: MasterOffer<M>[]};

const keyOf = (s: OfferedService) => (s.catalog_item_id ? `item:${s.catalog_item_id}` : `title:${s.title.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ')}`);

/** The company's services, each with the masters who offer it, by name; masters keep their order. */
export function serviceGroups<M extends {services: readonly OfferedService[]}>(masters: readonly M[], locale = 'ru'): ServiceGroup<M>[] {
  const groups = new Map<string, ServiceGroup<M>>();
  for (const master of masters) {
    for (const service of master.services) {
      const key = keyOf(service);
      const group = groups.get(key) ?? {key, title: service.title, offers: []};
      // A master offers a service once, even if they typed it twice.
      if (!group.offers.some((o) => o.master === master)) group.offers.push({master, service});
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** The group a service belongs to (the public page names a service by one of its ids). */
export function groupOfService<M extends {services: readonly OfferedService[]}>(
  groups: readonly ServiceGroup<M>[],
  serviceId: string,
): ServiceGroup<M> | undefined {
  return groups.find((g) => g.offers.some((o) => o.service.id === serviceId));
}
