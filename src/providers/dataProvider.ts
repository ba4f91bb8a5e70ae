import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import type { SensitiveField } from '../domain/masking';
import type { SettingsRecord, SettingsUpdate } from '../domain/settings';
import type { MailDeliveryStatus } from '../domain/outbox';
import type { Assignee } from '../domain/deletionWorkflow';
import type { StaffName } from '../domain/staff';
import type { AffectedPreview, AffectedWidened } from '../domain/breachAffected';
import type { BreachMailing } from '../domain/breachMailing';

/** Which customers a breach affects: the customer list's filters, or every customer. */
export type AffectedChoice = { filter: Record<string, unknown> } | { all: true };

export const API_URL = '/api';

/** The REST protocol, plus the calls that are ours: revealing a masked field, checking the audit chain, setting a password. */
export interface PrivacyDataProvider extends DataProvider {
  revealCustomerField(id: Identifier, field: SensitiveField, reason: string): Promise<{ value: string | null }>;
  /** A child's data for the parent's review, unmasked: a reveal, so it carries the reason. */
  exportChildData(consentRequestId: Identifier, reason: string): Promise<Record<string, unknown>>;
  /** A referral's frozen disclosure package, exactly as hashed (410 with the reason once the customer was erased). */
  getDisclosurePackage(referralId: Identifier): Promise<string>;
  /** A breach's notification to the Ministry, as text (409 with the reason until the legal advisor approved it). */
  getMinistryNotification(incidentId: Identifier): Promise<string>;
  /** The staff a deletion ticket can be assigned to. */
  getAssignees(): Promise<Assignee[]>;
  /** Whether mail is delivered at all, and how much waits or failed. */
  getMailStatus(): Promise<MailDeliveryStatus>;
  verifyAuditLog(): Promise<{ ok: boolean; checked: number; firstBrokenId?: number }>;
  /** Every staff account's name, for the audit log's readers. */
  getStaffNames(): Promise<StaffName[]>;
  resetStaffPassword(id: Identifier, password: string): Promise<void>;
  /** Revokes a service key for good (POST /api/service-keys/<id>/revoke); answers the key's record. */
  revokeServiceKey(id: Identifier, version: number): Promise<RaRecord>;
  /** One workflow step (POST /api/<resource>/<id>/steps/<step>); resolves with the record as the server committed it. */
  takeStep(resource: string, id: Identifier, step: string, input: Record<string, unknown>): Promise<RaRecord>;
  /** How many customers a breach incident affects. */
  getAffectedCount(incidentId: Identifier): Promise<number>;
  /** What widening by `choice` would do; nothing is written. */
  previewAffected(incidentId: Identifier, choice: AffectedChoice): Promise<AffectedPreview>;
  /** Widens the set, if `wouldAdd` is still what the preview said (409 otherwise). */
  widenAffected(incidentId: Identifier, choice: AffectedChoice, wouldAdd: number): Promise<AffectedWidened>;
  /** Mails the consenting parent a single-use link, valid a week, to their child's data; answers when it expires. */
  mailChildDataLink(consentRequestId: Identifier): Promise<{ expires_at: string }>;
  /** Where e-mailing a breach's affected customers stands. */
  getMailing(incidentId: Identifier): Promise<BreachMailing>;
  /** Queues the failed notices again; answers how many. */
  retryMailing(incidentId: Identifier): Promise<{ requeued: number }>;
  /** The single settings row (not a REST resource: there is no id). */
  getSettings(): Promise<SettingsRecord>;
  /** Saves the settings; a stale version answers 409, an out-of-range value 400 with the server's message. */
  updateSettings(values: SettingsUpdate): Promise<SettingsRecord>;
}

export const createDataProvider = (apiUrl: string = API_URL): PrivacyDataProvider => ({
  ...simpleRestProvider(apiUrl, fetchUtils.fetchJson),
  async getAffectedCount(incidentId) {
    const { headers } = await fetchUtils.fetchJson(`${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/affected?range=[0,0]`);
    return Number(headers.get('content-range')?.split('/').pop());
  },
  async previewAffected(incidentId, choice) {
    const url = `${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/affected/preview`;
    return (await fetchUtils.fetchJson(url, { method: 'POST', body: JSON.stringify(choice) })).json;
  },
  async widenAffected(incidentId, choice, wouldAdd) {
    const url = `${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/affected`;
    return (await fetchUtils.fetchJson(url, { method: 'POST', body: JSON.stringify({ ...choice, wouldAdd }) })).json;
  },
  async mailChildDataLink(consentRequestId) {
    const url = `${apiUrl}/consent-requests/${encodeURIComponent(String(consentRequestId))}/child-data-link`;
    return (await fetchUtils.fetchJson(url, { method: 'POST', body: '{}' })).json;
  },
  async getMailing(incidentId) {
    return (await fetchUtils.fetchJson(`${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/mailing`)).json;
  },
  async retryMailing(incidentId) {
    const url = `${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/mailing/retry`;
    return (await fetchUtils.fetchJson(url, { method: 'POST', body: '{}' })).json;
  },
  async revealCustomerField(id, field, reason) {
    const { json } = await fetchUtils.fetchJson(`${apiUrl}/customers/${encodeURIComponent(String(id))}/reveal`, {
      method: 'POST',
      body: JSON.stringify({ field, reason }),
    });
    return json;
  },
  async exportChildData(consentRequestId, reason) {
    const { json } = await fetchUtils.fetchJson(`${apiUrl}/consent-requests/${encodeURIComponent(String(consentRequestId))}/child-data`, {
      method: 'POST',
      body: JSON.stringify({ reason }),
    });
    return json;
  },
  async takeStep(resource, id, step, input) {
    const { json } = await fetchUtils.fetchJson(`${apiUrl}/${resource}/${encodeURIComponent(String(id))}/steps/${step}`, {
      method: 'POST',
      body: JSON.stringify(input),
    });
    return json;
  },
  async getDisclosurePackage(referralId) {
    return (await fetchUtils.fetchJson(`${apiUrl}/authority-referrals/${encodeURIComponent(String(referralId))}/package`)).body;
  },
  async getMinistryNotification(incidentId) {
    return (await fetchUtils.fetchJson(`${apiUrl}/breach-incidents/${encodeURIComponent(String(incidentId))}/ministry-notification`)).body;
  },
  async getAssignees() {
    return (await fetchUtils.fetchJson(`${apiUrl}/assignees`)).json;
  },
  async getMailStatus() {
    return (await fetchUtils.fetchJson(`${apiUrl}/mail-status`)).json;
  },
  async verifyAuditLog() {
    return (await fetchUtils.fetchJson(`${apiUrl}/audit-log/verify`)).json;
  },
  async getStaffNames() {
    return (await fetchUtils.fetchJson(`${apiUrl}/audit-log/staff-names`)).json;
  },
  async resetStaffPassword(id, password) {
    await fetchUtils.fetchJson(`${apiUrl}/staff/${encodeURIComponent(String(id))}/password`, { method: 'POST', body: JSON.stringify({ password }) });
  },
  async revokeServiceKey(id, version) {
    return (await fetchUtils.fetchJson(`${apiUrl}/service-keys/${encodeURIComponent(String(id))}/revoke`, { method: 'POST', body: JSON.stringify({ version }) })).json;
  },
  async getSettings() {
    return (await fetchUtils.fetchJson(`${apiUrl}/settings`)).json;
  },
  async updateSettings(values) {
    return (await fetchUtils.fetchJson(`${apiUrl}/settings`, { method: 'PUT', body: JSON.stringify(values) })).json;
  },
});

export const dataProvider = createDataProvider();
