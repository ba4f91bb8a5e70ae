import { Box, Typography } from '@mui/material';
import { Link, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { AUDIT_ACTION, readStepAuditReason, type AuditedResource } from '../../domain/auditLog';
import { findResource } from '../../domain/resources';
import { useStaffNames } from './useStaffNames';

// Where each audited record is read; no default: a resource added to the audit log must say where it opens.
const RECORD_PAGE: Record<AuditedResource, 'show' | 'edit' | null> = {
  customers: 'show',
  'consent-requests': 'show',
  'deletion-tickets': 'show',
  'access-requests': 'show',
  'correction-requests': 'show',
  'authority-referrals': 'show',
  'breach-incidents': 'show',
  staff: 'edit',
  holidays: 'edit',
  settings: null,
  'service-keys': 'show',
};

const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

/** Who: the staff member's name (their username beneath), the role; or the system or the parent, as the entry says. */
export function AuditWhoField() {
  const entry = useRecordContext();
  const names = useStaffNames();
  const translate = useTranslate();
  if (!entry) return null;
  const staff = entry.staff_id != null ? names.get(Number(entry.staff_id)) : undefined;
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
      <span>{staff?.display_name ?? entry.staff_username ?? '—'}</span>
      <Typography component="span" variant="caption" color="text.secondary">
        {[staff && entry.staff_username, entry.role && translate(`privacy.enums.role.${entry.role}`)].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
}

/** What: the action in words, and for a workflow step its label and the move ("Start identity check: New → Verifying identity"). */
export function AuditWhatField() {
  const entry = useRecordContext();
  const translate = useTranslate();
  if (!entry) return null;
  const step = readStepAuditReason(entry.action, entry.reason);
  const action = AUDIT_ACTION.includes(entry.action) ? translate(AUDIT_ACTION.labelKey(entry.action)) : String(entry.action);
  if (!step) return <span>{action}</span>;
  const statuses = findResource(String(entry.resource))?.filters.status;
  const status = (s: string) => (statuses?.kind === 'enum' ? translate(statuses.enum.labelKey(s), { _: humanize(s) }) : humanize(s));
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
      <span>{translate(`privacy.steps.${step.step}`, { _: humanize(step.step) })}</span>
      <Typography component="span" variant="caption" color="text.secondary">
        {'refusal' in step ? translate('privacy.audit.refused', { why: step.refusal }) : `${action}: ${status(step.from)} → ${status(step.to)}`}
      </Typography>
    </Box>
  );
}

/** The record: "Deletion ticket #12", a link to it where the reader may open it. */
export function AuditRecordField() {
  const entry = useRecordContext();
  const translate = useTranslate();
  const resource = String(entry?.resource ?? '');
  const page = RECORD_PAGE[resource as AuditedResource] ?? null;
  const { canAccess } = useCanAccess({ action: page ?? 'show', resource, enabled: !!page });
  if (!entry?.resource) return <span>—</span>;
  const name = translate(`resources.${resource}.name`, { smart_count: 1, _: humanize(resource) });
  if (entry.record_id == null) return <span>{name}</span>;
  const text = `${name} #${entry.record_id}`;
  if (!page || !canAccess) return <span>{text}</span>;
  return <Link to={`/${resource}/${entry.record_id}${page === 'show' ? '/show' : ''}`}>{text}</Link>;
}

/** The fields touched, by their labels on the record's own screens (never the values). */
export function AuditFieldsField() {
  const entry = useRecordContext();
  const translate = useTranslate();
  const fields: string[] = Array.isArray(entry?.fields) ? entry.fields : [];
  if (!fields.length) return null;
  const label = (f: string) => translate(`resources.${entry?.resource}.fields.${f}`, { _: translate(`privacy.audit.fields.${f}`, { _: humanize(f) }) });
  return <span>{fields.map(label).join(', ')}</span>;
}

/** The reason given, except a step's own (said by What); long reasons wrap and stop after three lines. */
export function AuditReasonField() {
  const entry = useRecordContext();
  if (!entry?.reason || readStepAuditReason(entry.action, entry.reason)) return null;
  return (
    <Typography variant="body2" title={entry.reason} sx={{ overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
      {entry.reason}
    </Typography>
  );
}
