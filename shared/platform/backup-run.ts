// One backup, verify or restore run as the console and /healthz see it (epoch ms
// like every other time the API gives). Shared so the console's screen and the
// server's route cannot drift apart.
export type BackupRun = {
  id: string;
  kind: 'backup' | 'verify' | 'restore';
  trigger: string;
  startedAt: number;
  finishedAt: number | null;
  ok: boolean | null;
  name: string | null;
  bytes: number | null;
  rows: number | null;
  files: number | null;
  durationMs: number | null;
  error: string | null;
};
