import type { Logger } from 'pino';
import { logger } from '../logger';

/** Work the server does on its own, every `intervalMs` (mail delivery, deadline reminders…). */
export interface Job {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs each job on its interval and returns the function that stops them. A run still going when its
 * next tick comes is not doubled (the tick is skipped); a failure is logged and the job keeps its schedule.
 * The timers do not keep the process alive.
 */
export function startJobs(jobs: readonly Job[], log: Pick<Logger, 'error'> = logger): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      Promise.resolve()
        .then(() => job.run())
        .catch((err: unknown) => log.error({ err, job: job.name }, `job ${job.name} failed`))
        .finally(() => {
          running = false;
        });
    }, job.intervalMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
