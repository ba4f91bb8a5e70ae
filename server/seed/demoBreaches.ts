import type { BreachIncident } from '../../src/domain/breachIncidents';
import { breachWorkflow } from '../../src/domain/breachWorkflow';
import { planStep, type StepActor } from '../../src/domain/workflow';

type DemoIncident = Omit<BreachIncident, 'version'>;
const HOUR = 60 * 60 * 1000;
const admin: StepActor = { kind: 'admin', username: 'admin' };
const legal: StepActor = { kind: 'legal', username: 'legal' };

/** An incident as recorded by the admin `hoursAgo` hours before `nowMs`, the store having become aware an hour earlier. */
function recorded(id: number, nowMs: number, hoursAgo: number, facts: Pick<DemoIncident, 'description' | 'data_categories' | 'containment'>): DemoIncident & { version: number } {
  const at = new Date(nowMs - hoursAgo * HOUR).toISOString();
  return {
    id,
    status: 'recorded',
    aware_at: new Date(nowMs - (hoursAgo + 1) * HOUR).toISOString(),
    occurred_at: new Date(nowMs - (hoursAgo + 30) * HOUR).toISOString(),
    ...facts,
    risk: null,
    risk_reasoning: null,
    site_notice_text: 'We found that some customers’ names and delivery details could be read by others. We closed the gap the same day, and the customers affected are being told by e-mail.',
    email_notice_text: 'Dear customer, your name and delivery address could be read by others through a shared courier link. We closed the link and changed our keys. Be wary of calls or messages about deliveries you did not order.',
    drafted_by: admin.username!,
    legal_opinion: null,
    decided_at: null,
    ministry_sent_at: null,
    ministry_method: null,
    ministry_reference: null,
    site_notice_published_at: null,
    subjects_notified_at: null,
    notices_started_at: null,
    notices_settled_at: null,
    due_at: null,
    due_rule: null,
    lessons: null,
    closed_at: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
}

/** Takes the steps through the domain's own plan, as staff would have: the demo cannot reach a state the workflow forbids. */
function walk(incident: DemoIncident & { version: number }, steps: [string, StepActor, Record<string, unknown>, number][]): DemoIncident {
  for (const [name, actor, input, atMs] of steps) {
    const decision = planStep(breachWorkflow, name, incident as unknown as Record<string, unknown>, actor, { version: incident.version, ...input }, new Date(atMs));
    if (!decision.ok) throw new Error(`demo breach #${incident.id}: ${name} refused: ${decision.message}`);
    Object.assign(incident, decision.plan.changes, { version: incident.version + 1, updated_at: new Date(atMs).toISOString() });
  }
  const { version: _version, ...stored } = incident;
  return stored;
}

/** One open incident waiting for the legal advisor, one closed with every clock met (issue 11). */
export function buildDemoBreaches(nowMs: number): DemoIncident[] {
  const open = recorded(1, nowMs, 19, {
    description: 'A courier integration shared order labels through a link anyone could open.',
    data_categories: ['full_name', 'phone', 'address'],
    containment: 'The link was revoked and the courier API key rotated within the hour.',
  });
  const start = nowMs - 19 * HOUR;
  const closedStart = nowMs - 60 * 24 * HOUR;
  const closed = recorded(2, nowMs, 60 * 24, {
    description: 'A staff laptop holding an export of newsletter subscribers was stolen from a car.',
    data_categories: ['full_name', 'email', 'newsletter'],
    containment: 'The laptop’s disk was encrypted; its sessions were revoked and the password changed.',
  });
  return [
    walk(open, [
      ['assess', admin, { risk: 'high', risk_reasoning: 'Names with phone numbers and addresses allow targeted delivery scams.' }, start + HOUR],
      ['submit_for_review', admin, { note: 'Texts ready for review' }, start + 2 * HOUR],
    ]),
    // the mailing job settles the e-mails (server/workflows/breachMailing.ts); the demo sets what it would have
    walk(Object.assign(closed, { subjects_notified_at: new Date(closedStart + 30 * HOUR).toISOString(), notices_settled_at: new Date(closedStart + 30 * HOUR).toISOString() }), [
      ['assess', admin, { risk: 'low', risk_reasoning: 'The disk was encrypted; names and addresses alone were at stake.' }, closedStart + HOUR],
      ['submit_for_review', admin, {}, closedStart + 2 * HOUR],
      ['approve', legal, { opinion: 'Accurate and proportionate; notify as drafted.' }, closedStart + 4 * HOUR],
      ['publish_site_notice', admin, {}, closedStart + 5 * HOUR],
      ['email_affected', admin, {}, closedStart + 6 * HOUR],
      ['record_ministry_notification', admin, { ministry_sent_at: new Date(closedStart + 20 * HOUR).toISOString(), ministry_method: 'MTCIT e-mail', ministry_reference: 'MTCIT-BR-0117' }, closedStart + 21 * HOUR],
      ['close', admin, { lessons: 'Exports stay on the encrypted file server, never on laptops.' }, closedStart + 10 * 24 * HOUR],
    ]),
  ];
}
