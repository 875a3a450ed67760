import {describe, expect, it} from 'vitest';
import {groupOfService, serviceGroups, type OfferedService} from './service-groups.ts';

const svc = (id: string, title: string, catalog_item_id: string | null = null): OfferedService => ({id, title, catalog_item_id, duration_min: 60, price: null});

describe('services across masters, for booking from the site', () => {
  const dina = {name: 'Дина', services: [svc('d1', 'Стрижка'), svc('d2', 'Окрашивание', 'item-1')]};
  const aset = {name: 'Асель', services: [svc('a1', '  стрижка '), svc('a2', 'Тонирование', 'item-1'), svc('a3', 'Маникюр')]};
  const groups = serviceGroups([dina, aset]);

  it('puts one catalog item, or one name, under one service with every master who offers it', () => {
    expect(groups.map((g) => [g.title, g.offers.map((o) => o.master.name)])).toEqual([
      ['Маникюр', ['Асель']],
      ['Окрашивание', ['Дина', 'Асель']],
      ['Стрижка', ['Дина', 'Асель']],
    ]);
  });

  it('finds the group from any of its services', () => {
    expect(groupOfService(groups, 'a2')?.title).toBe('Окрашивание');
    expect(groupOfService(groups, 'nope')).toBeUndefined();
  });
});
