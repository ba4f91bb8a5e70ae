import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type Identifier } from 'react-admin';
import type { SensitiveField } from '../domain/masking';

export const API_URL = '/api';

/** The REST protocol, plus the calls that are ours: revealing a masked field, checking the audit chain, setting a password. */
export interface PrivacyDataProvider extends DataProvider {
  revealCustomerField(id: Identifier, field: SensitiveField, reason: string): Promise<{ value: string | null }>;
  verifyAuditLog(): Promise<{ ok: boolean; checked: number; firstBrokenId?: number }>;
  resetStaffPassword(id: Identifier, password: string): Promise<void>;
}

export const createDataProvider = (apiUrl: string = API_URL): PrivacyDataProvider => ({
  ...simpleRestProvider(apiUrl, fetchUtils.fetchJson),
  async revealCustomerField(id, field, reason) {
    const { json } = await fetchUtils.fetchJson(`${apiUrl}/customers/${encodeURIComponent(String(id))}/reveal`, {
      method: 'POST',
      body: JSON.stringify({ field, reason }),
    });
    return json;
  },
  async verifyAuditLog() {
    return (await fetchUtils.fetchJson(`${apiUrl}/audit-log/verify`)).json;
  },
  async resetStaffPassword(id, password) {
    await fetchUtils.fetchJson(`${apiUrl}/staff/${encodeURIComponent(String(id))}/password`, { method: 'POST', body: JSON.stringify({ password }) });
  },
});

export const dataProvider = createDataProvider();
