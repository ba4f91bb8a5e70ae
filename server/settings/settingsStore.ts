import type { Queryable } from '../db/database';
import type { PrivacySettings, SettingsRecord } from '../../src/domain/settings';

const COLUMNS = 'consent_window_days, deletion_period_days, child_age, privacy_policy_url, notice_recipients, notice_uses, updated_at, version';

/** The one settings row as the API returns it (migration 006 inserts it, nothing deletes it). */
export async function loadSettingsRecord(db: Queryable, lock = false): Promise<SettingsRecord> {
  const [row] = await db.query<SettingsRecord & Record<string, unknown>>(`SELECT ${COLUMNS} FROM settings WHERE id${lock ? ' FOR UPDATE' : ''}`);
  if (!row) throw new Error('The settings row is missing: migration 006 inserts it');
  return { ...row, updated_at: new Date(row.updated_at).toISOString() };
}

/** The settings deadlines and workflows count with. */
export async function loadSettings(db: Queryable): Promise<PrivacySettings> {
  const { updated_at: _updated, version: _version, ...settings } = await loadSettingsRecord(db);
  return settings;
}
