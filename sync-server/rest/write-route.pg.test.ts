// REST writes derived from their mutators (rest/write-route.ts): the body is
// the mutator's own arguments, a retry with one key is one write, a refusal
// names the field or the record in the caller's language.
import {describe, expect, it} from 'vitest';
import {signupCompany} from '../testing/http.ts';

describe('a REST write derived from its mutator', () => {
  it('documents the mutator’s arguments as the body, minus what the server fills in', async () => {
    const {client} = await signupCompany('Выведенные маршруты');
    const doc = (await client.get('/api/v1/openapi.json')).body;
    const op = doc.paths['/catalog/items'].post;
    const body = op.requestBody.content['application/json'].schema;
    const props = Object.keys(body.properties);
    expect(props).toEqual(expect.arrayContaining(['title', 'price', 'priceKind', 'categoryId', 'id', 'position', 'createdAt']));
    expect(props).not.toContain('opId');
    expect(body.required).toEqual(['title']);
    // A path parameter is an argument, not a body field.
    const note = doc.paths['/clients/{id}/notes'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(note.properties).sort()).toEqual(['body', 'createdAt', 'id']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '404']));
  });

  it('applies one Idempotency-Key once, and the retry answers the same record', async () => {
    const {client} = await signupCompany('Повтор ключа');
    const headers = {'idempotency-key': 'derived-1'};
    const first = await client.post('/api/v1/catalog/categories', {title: 'Стрижки'}, headers);
    const again = await client.post('/api/v1/catalog/categories', {title: 'Стрижки'}, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect((await client.get('/api/v1/catalog/categories')).body.data.map((c: {title: string}) => c.title)).toEqual(['Стрижки']);
    // The caller can ask whether the write with that key landed.
    expect((await client.post('/api/v1/ops/status', {opIds: ['derived-1']})).body.applied).toEqual(['derived-1']);
    // Placed after the last one when no position is given.
    const second = await client.post('/api/v1/catalog/categories', {title: 'Окрашивание'});
    expect(second.body.position).toBeGreaterThan(first.body.position);
  });

  it('names the bad field, including rules across fields that only the mutator checks', async () => {
    const {client} = await signupCompany('Плохой ввод');
    const noTitle = await client.post('/api/v1/catalog/items', {price: 100});
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['title']);
    const noPrice = await client.post('/api/v1/catalog/items', {title: 'Без цены', priceKind: 'fixed'});
    expect(noPrice.status).toBe(400);
    expect(noPrice.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['price']);
    expect((await client.get('/api/v1/catalog/items')).body.data).toEqual([]);
  });

  it('says which record was not found, in the caller’s language', async () => {
    const {client} = await signupCompany('Не найдено');
    const category = await client.req('PATCH', '/api/v1/catalog/categories/nope?lang=ru', {title: 'x'});
    expect([category.status, category.body.error.message]).toEqual([404, 'Категория не найдена или нет доступа']);
    const clientKk = await client.req('PATCH', '/api/v1/clients/nope?lang=kk', {name: 'x'});
    expect([clientKk.status, clientKk.body.error.message]).toEqual([404, 'Клиент табылмады немесе қолжетімділік жоқ']);
    const gone = await client.req('DELETE', '/api/v1/clients/nope?lang=en');
    expect([gone.status, gone.body.error.message]).toEqual([404, 'Client not found or not allowed']);
    const review = await client.req('PATCH', '/api/v1/reviews/nope?lang=en', {status: 'published'});
    expect([review.status, review.body.error.message]).toEqual([404, 'Review not found or not allowed']);
  });
});
