// Analytics (issue 17): the statuses each request has been in, written by the
// server's trigger (migrations/0700_analytics.sql), read by the dashboards.
import {number, string, table} from '@rocicorp/zero';

export const requestStage = table('request_stage')
  .columns({
    id: string(),
    company_id: string(),
    request_id: string(),
    status: string(),
    entered_at: number(),
    // Null while the request is still in this status.
    left_at: number().optional(),
  })
  .primaryKey('id');
