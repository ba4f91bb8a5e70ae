import type { Database } from './database';
import { logger } from '../logger';

const HOUR = 60 * 60 * 1000;

/**
 * PGlite has no autovacuum: without VACUUM the trigram indexes keep their pending entries unmerged and
 * the planner falls back to scanning the whole table for a search. PostgreSQL's autovacuum does this itself.
 */
export async function vacuumAnalyze(db: Database): Promise<void> {
  await db.exec('VACUUM (ANALYZE)');
}

/** Runs vacuumAnalyze on the embedded database every `intervalMs`, without keeping the process alive. */
export function scheduleEmbeddedMaintenance(db: Database, intervalMs = HOUR): () => void {
  if (db.kind !== 'pglite') return () => undefined;
  const timer = setInterval(() => {
    vacuumAnalyze(db).catch((err) => logger.error({ err }, 'database maintenance failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
