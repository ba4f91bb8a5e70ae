import type { BreachDataCategory, BreachIncident, BreachRisk, BreachStatus } from './breachIncidents';
import { muscatDateTime } from './muscatTime';

/**
 * The notification of a breach to the Ministry (MTCIT), as the desk drafts it for staff to send: the
 * facts the PDPL's Executive Regulation asks for (nature, data categories, approximate numbers of
 * people and records, likely consequences, measures taken, a contact). The server and the mocks both
 * compose it here, from the incident as the legal advisor approved it.
 */

export const MINISTRY_NOT_APPROVED = 'The legal advisor has not approved the notification yet';

// The policy: the legal advisor is consulted before any authority is notified. After a request for
// changes `decided_at` is set too, hence the status as well.
const APPROVED: readonly BreachStatus[] = ['approved', 'notifying', 'closed'];

export type MinistryIncident = Pick<
  BreachIncident,
  'id' | 'status' | 'aware_at' | 'occurred_at' | 'description' | 'data_categories' | 'containment' | 'risk' | 'risk_reasoning' | 'decided_at'
>;

/** Why the notification cannot be downloaded yet, or null once the legal advisor approved it. */
export function ministryNotificationRefusal(incident: Pick<BreachIncident, 'status' | 'decided_at'>): string | null {
  return incident.decided_at && APPROVED.includes(incident.status) ? null : MINISTRY_NOT_APPROVED;
}

export const ministryNotificationFileName = (id: number | string) => `breach-${id}-ministry-notification.txt`;

/**
 * The Ministry reads English labels, whatever the desk's language: keyed by the category itself, so a
 * new kind of data does not compile until it has its label (the same wording as privacy.enums.breach_data_category).
 */
export const DATA_CATEGORY_LABELS: Readonly<Record<BreachDataCategory, string>> = {
  full_name: 'Full name',
  username: 'Username',
  email: 'E-mail',
  phone: 'Phone',
  birth_date: 'Date of birth',
  id_number: 'ID or residence card number',
  address: 'Residential address',
  school: 'School',
  newsletter: 'Newsletter subscription',
  credentials: 'Login credentials',
  children_data: 'Children’s data',
};

const RISK_LABELS: Readonly<Record<BreachRisk, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

export interface MinistryNotificationInput {
  incident: MinistryIncident;
  /** how many customers the incident affects (its frozen set) */
  affected: number;
  store: { name: string; contactEmail: string };
  /** when the document is produced */
  now: Date;
}

const muscat = (iso: string) => `${muscatDateTime(new Date(iso))} (Muscat time, UTC+4)`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The notification as plain text (UTF-8, one fact per line or paragraph), ready to paste or attach. */
export function ministryNotification({ incident, affected, store, now }: MinistryNotificationInput): string {
  const categories = incident.data_categories;
  // Each affected person's record holds one value of each kind of data involved.
  const records = affected * categories.length;
  const lines = [
    'NOTIFICATION OF A PERSONAL DATA BREACH',
    '',
    'To: Ministry of Transport, Communications and Information Technology (MTCIT), Sultanate of Oman',
    'Under: the Personal Data Protection Law (Royal Decree 6/2022) and its Executive Regulation',
    `From: ${store.name} (the controller)`,
    `Our reference: breach incident #${incident.id}`,
    `Prepared: ${muscat(now.toISOString())}`,
    '',
    '1. Nature of the breach',
    incident.description.trim(),
    '',
    '2. When',
    `Occurred: ${incident.occurred_at ? muscat(incident.occurred_at) : 'not known'}`,
    `The store became aware: ${muscat(incident.aware_at)}`,
    '',
    '3. Categories of personal data concerned',
    ...categories.map((c) => `- ${DATA_CATEGORY_LABELS[c]}`),
    '',
    '4. Approximate numbers concerned',
    `People affected: ${plural(affected, 'person', 'people')}`,
    `Personal data records concerned: about ${plural(records, 'record', 'records')} (${plural(categories.length, 'kind', 'kinds')} of data for each person)`,
    '',
    '5. Likely consequences',
    `Risk to the people affected: ${incident.risk ? RISK_LABELS[incident.risk] : 'not assessed'}`,
    ...(incident.risk_reasoning?.trim() ? [incident.risk_reasoning.trim()] : []),
    '',
    '6. Measures taken',
    incident.containment?.trim() || 'None recorded.',
    '',
    '7. Contact',
    `${store.name}, ${store.contactEmail}`,
    '',
    '8. Legal review',
    incident.decided_at ? `Approved by the store’s legal advisor on ${muscat(incident.decided_at)}.` : 'Not approved by the store’s legal advisor.',
    '',
  ];
  return lines.join('\n');
}
