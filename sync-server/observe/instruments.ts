// The process's counters and histograms: one instance each, written by the
// hooks in app.ts (HTTP), jobs/runner.ts (jobs) and messaging (webhooks, sends),
// read by /metrics (metrics-route.ts).
import {Counter, Histogram} from './metrics.ts';

/** Seconds; most answers take milliseconds, an export or an upload may take a minute. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export const httpDuration = new Histogram('dot_http_request_duration_seconds', 'HTTP answers by route template and status class.', LATENCY_BUCKETS);

export const webhookFailures = new Counter(
  'dot_webhook_failures_total',
  'Messenger webhook calls not taken: refused (bad signature or secret) or failed (our error), by channel.',
);

export const sendFailures = new Counter('dot_messenger_send_failures_total', 'Messages to clients a messenger refused for good, by channel.');

export const jobRuns = new Counter('dot_job_runs_total', 'Jobs run by this process, by queue and outcome (done, retry, failed).');

export const mutations = new Counter('dot_zero_mutations_total', 'Writes pushed by devices through sync, by outcome.');
