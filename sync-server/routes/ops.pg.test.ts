// A device that lost the answers to its writes asks by idempotency key what
// became of them: applied, refused (with the reason), or not seen yet.
import {describe, expect, it} from 'vitest';
import {signupCompany} from '../testing/http.ts';

describe('POST /api/v1/ops/status', () => {
  it('answers applied, refused with the reason, or nothing — for the caller’s own writes only', async () => {
    const {client} = await signupCompany('Ops Co');
    const created = await client.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'x'}, {'idempotency-key': 'k-create'});
    await client.patch(`/api/v1/requests/${created.body.id}`, {status: 'cancelled'}, {'idempotency-key': 'k-cancel'});
    const stale = await client.patch(`/api/v1/requests/${created.body.id}`, {status: 'in_progress', expectedStatus: 'new'}, {'idempotency-key': 'k-stale'});
    expect(stale.status).toBe(409);

    const status = await client.post('/api/v1/ops/status', {opIds: ['k-create', 'k-cancel:status', 'k-stale:status', 'k-never']});
    expect(status.status).toBe(200);
    expect(status.body.applied.sort()).toEqual(['k-cancel:status', 'k-create']);
    expect(status.body.refused).toEqual([
      {opId: 'k-stale:status', mutator: 'request.setStatus', details: {code: 'conflict', field: 'status', current: 'cancelled', attempted: 'in_progress'}},
    ]);

    // The refused attempt is part of the request's story (synced to devices as refused_op).
    const other = await signupCompany('Ops Other');
    const theirs = await other.client.post('/api/v1/ops/status', {opIds: ['k-create', 'k-stale:status']});
    expect(theirs.body).toEqual({applied: [], refused: []});
  });
});
