import { defineEnum } from './enums';

/**
 * Who may do what (PRODUCT.md, "The people and what each may do"), written once: the server decides
 * with it on every request, and the app's authProvider.canAccess hides what a role cannot do.
 */
export const ROLE = defineEnum('role', ['admin', 'legal', 'support']);
export const ROLES = ROLE.values;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export', 'reveal', 'verify'] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Role[] = ROLES;
const adminAndSupport: readonly Role[] = ['admin', 'support'];
const readAll = { list: everyone, show: everyone } as const;

export const ROLE_MATRIX: Readonly<Record<string, Partial<Record<Action, readonly Role[]>>>> = {
  // Sensitive fields are masked for every role; only admin and legal may reveal one, with a reason.
  // Exporting customers' personal data is for those who may reveal it.
  customers: { ...readAll, create: adminAndSupport, edit: adminAndSupport, reveal: ['admin', 'legal'], export: ['admin', 'legal'] },
  // The legal advisor reads the consent and deletion workflows but does not run them.
  'consent-requests': { ...readAll, create: adminAndSupport, edit: adminAndSupport, export: ['admin', 'legal'] },
  'deletion-tickets': { ...readAll, create: adminAndSupport, edit: adminAndSupport, export: ['admin', 'legal'] },
  'access-requests': { ...readAll, create: adminAndSupport, edit: adminAndSupport, export: ['admin', 'legal'] },
  'correction-requests': { ...readAll, create: adminAndSupport, edit: adminAndSupport, export: ['admin', 'legal'] },
  // Staff draft referrals; the legal advisor decides on them (workflow steps), never drafts.
  'authority-referrals': { ...readAll, create: adminAndSupport, edit: adminAndSupport, delete: adminAndSupport, export: ['admin', 'legal'] },
  // Admins run breach incidents; the legal advisor reads them and alone approves their texts (workflow
  // steps); support sees nothing of them. The register is exported for the regulator, never deleted.
  'breach-incidents': { list: ['admin', 'legal'], show: ['admin', 'legal'], create: ['admin'], edit: ['admin'], export: ['admin', 'legal'] },
  // Read by admin and legal; nobody writes it through the API.
  // Each workflow record's timeline: whoever may read the record may read how it got there.
  'workflow-history': readAll,
  'audit-log': { list: ['admin', 'legal'], show: ['admin', 'legal'], export: ['admin', 'legal'], verify: ['admin', 'legal'] },
  staff: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'] },
  // Every outgoing mail and its delivery status; the server writes it, nobody edits it.
  outbox: { list: everyone, show: everyone },
  // Everyone reads the holiday calendar and the settings that set due dates; only admins change them.
  holidays: { ...readAll, create: ['admin'], edit: ['admin'], delete: ['admin'] },
  settings: { show: everyone, edit: ['admin'] },
  // Keys for the store's other systems (its mailing tool): admins create and revoke them; nobody deletes one.
  'service-keys': { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'] },
};

export function isRole(value: unknown): value is Role {
  return ROLE.includes(value);
}

/** Whether `role` may take `action` on `resource`; anything the matrix does not name is refused. */
export function canAccess(role: Role | null | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  const allowed = ROLE_MATRIX[resource]?.[action as Action];
  return !!allowed && allowed.includes(role);
}
