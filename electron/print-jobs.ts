import { randomBytes } from 'node:crypto';
import { PRINT_JOB_TOKEN, type PrintJob } from '../shared/print-job';

/** A job not fetched within this long was never going to be (the window failed to load). */
const JOB_LIFETIME_MS = 60_000;

/**
 * Print jobs waiting for their hidden window to fetch them (app-protocol.ts serves each
 * once, by its random token): the print window is handed what it prints, never a bridge.
 */
export function createPrintJobs(now: () => number = Date.now) {
  const jobs = new Map<string, { body: string; expires: number }>();
  const sweep = () => {
    for (const [token, job] of jobs) if (job.expires < now()) jobs.delete(token);
  };
  return {
    /** Keeps `job` for one fetch; returns its token. */
    add(job: PrintJob): string {
      sweep();
      const token = randomBytes(16).toString('hex');
      jobs.set(token, { body: JSON.stringify(job), expires: now() + JOB_LIFETIME_MS });
      return token;
    },
    /** The job's JSON, once; null for an unknown, expired or already fetched token. */
    take(token: string): string | null {
      if (!PRINT_JOB_TOKEN.test(token)) return null;
      const job = jobs.get(token);
      jobs.delete(token);
      return job && job.expires >= now() ? job.body : null;
    },
    /** Forgets a job whatever became of it (the export finished or failed). */
    discard(token: string): void {
      jobs.delete(token);
    },
  };
}

export type PrintJobs = ReturnType<typeof createPrintJobs>;
