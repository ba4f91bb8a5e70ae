import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { optionalText, requiredText, version } from './fields';
import { defineEnum } from './enums';

export const BREACH_STATUS = defineEnum('breach_status', ['recorded', 'assessed', 'awaiting_legal_review', 'changes_requested', 'approved', 'notifying', 'closed']);
export const BREACH_STATUSES = BREACH_STATUS.values;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/** How likely and how severe the harm to the people affected is; `high` adds the PDPL's 72 hours for telling them. */
export const BREACH_RISK = defineEnum('breach_risk', ['low', 'medium', 'high']);
export type BreachRisk = (typeof BREACH_RISK.values)[number];

/**
 * The kinds of personal data a breach can involve: what the store holds of a customer (PRODUCT.md,
 * "Customers"), plus the login system's credentials and children's data, which the regulator asks about apart.
 */
export const BREACH_DATA_CATEGORY = defineEnum('breach_data_category', [
  'full_name',
  'username',
  'email',
  'phone',
  'birth_date',
  'id_number',
  'address',
  'school',
  'newsletter',
  'credentials',
  'children_data',
]);
export type BreachDataCategory = (typeof BREACH_DATA_CATEGORY.values)[number];

export interface BreachIncident {
  id: number;
  status: BreachStatus;
  /** when the store became aware: every clock starts here */
  aware_at: string;
  occurred_at: string | null;
  description: string;
  data_categories: BreachDataCategory[];
  containment: string | null;
  risk: BreachRisk | null;
  risk_reasoning: string | null;
  site_notice_text: string | null;
  email_notice_text: string | null;
  /** who last wrote the incident's texts: the legal advisor never approves their own */
  drafted_by: string | null;
  legal_opinion: string | null;
  decided_at: string | null;
  ministry_sent_at: string | null;
  ministry_method: string | null;
  ministry_reference: string | null;
  site_notice_published_at: string | null;
  /** when every affected person had first been e-mailed (set by the mailing when it first settles; never moved) */
  subjects_notified_at: string | null;
  /** when the admin started e-mailing the people affected */
  notices_started_at: string | null;
  /** when nothing was left to queue or to deliver; cleared by a widening or a retry until they are sent too */
  notices_settled_at: string | null;
  /** the earliest open deadline and the rule behind it; null once every notification is made */
  due_at: string | null;
  due_rule: string | null;
  lessons: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

// A minute's grace: the browser's clock may run a little ahead of the server's.
const notFuture = (t: string) => Date.parse(t) <= Date.now() + 60_000;
const moment = z.iso.datetime({ offset: true, error: 'A date and time, e.g. 2026-11-22T09:30:00+04:00' });
// kept as the API answers a moment (UTC, milliseconds), so the mocks store what the database would
export const pastMoment = moment.refine(notFuture, 'Cannot be in the future').transform((t) => new Date(t).toISOString());
const optionalPastMoment = z.preprocess((v) => (v === '' ? null : v), pastMoment.nullable()).optional();

export const OCCURRED_AFTER_AWARENESS = 'The breach cannot have happened after the store became aware of it';

const incidentFields = {
  occurred_at: optionalPastMoment,
  description: requiredText(4000, 'multi-line'),
  data_categories: z
    .array(z.enum(BREACH_DATA_CATEGORY.values, { error: 'Not a kind of personal data the store holds' }), { error: 'Choose the kinds of personal data involved' })
    .min(1, 'Name at least one kind of personal data involved')
    .refine((c) => new Set(c).size === c.length, 'Each kind once'),
  containment: optionalText(4000, 'multi-line'),
  site_notice_text: optionalText(4000, 'multi-line'),
  email_notice_text: optionalText(4000, 'multi-line'),
};

const occurredBeforeAware = (r: { occurred_at?: string | null; aware_at?: string }) => !r.occurred_at || !r.aware_at || Date.parse(r.occurred_at) <= Date.parse(r.aware_at);

export const breachIncidentCreateSchema = z
  .object({ aware_at: pastMoment, ...incidentFields })
  .refine(occurredBeforeAware, { message: OCCURRED_AFTER_AWARENESS, path: ['occurred_at'] });
// The awareness time is not edited: it starts every clock, and moving it would move the deadlines.
export const breachIncidentUpdateSchema = z.object({ ...incidentFields, version });

/** While the texts are being written; once they go to the legal advisor they change only when changes are requested. */
export const BREACH_EDITABLE: readonly BreachStatus[] = ['recorded', 'assessed', 'changes_requested'];

export const breachIncidents: ResourceDefinition = {
  name: 'breach-incidents',
  table: 'breach_incidents',
  fields: [
    'id', 'status', 'aware_at', 'occurred_at', 'description', 'data_categories', 'containment', 'risk', 'risk_reasoning',
    'site_notice_text', 'email_notice_text', 'drafted_by', 'legal_opinion', 'decided_at', 'ministry_sent_at', 'ministry_method',
    'ministry_reference', 'site_notice_published_at', 'subjects_notified_at', 'notices_started_at', 'notices_settled_at', 'due_at', 'due_rule', 'lessons', 'closed_at', 'created_at', 'updated_at', 'version',
  ],
  sortable: ['id', 'status', 'risk', 'aware_at', 'due_at', 'created_at', 'updated_at'],
  searchable: ['description', 'ministry_reference'],
  filters: { id: { kind: 'id' }, status: { kind: 'enum', enum: BREACH_STATUS }, risk: { kind: 'enum', enum: BREACH_RISK } },
  // due_at_lte=<now>: the overdue incidents
  dateRanges: { aware_at: 'timestamp', due_at: 'timestamp', created_at: 'timestamp' },
  createSchema: breachIncidentCreateSchema,
  updateSchema: breachIncidentUpdateSchema,
  createDefaults: { status: 'recorded' },
  updateRefusal: (r) =>
    (BREACH_EDITABLE as readonly unknown[]).includes(r.status) ? null : 'An incident can be edited only until its texts go to the legal advisor, or when the legal advisor asked for changes',
  // The register the regulation asks for keeps every incident.
  deleteRefusal: () => 'Breach incidents are kept: they are the breach register the regulation asks for.',
};
