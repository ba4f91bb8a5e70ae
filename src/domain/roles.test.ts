import { describe, expect, it } from 'vitest';
import { canAccess, isRole, ROLES } from './roles';

// The matrix of PRODUCT.md, row by row: [resource, action, admin, legal, support].
const expected: [string, string, boolean, boolean, boolean][] = [
  ['customers', 'list', true, true, true],
  ['customers', 'show', true, true, true],
  ['customers', 'reveal', true, true, false],
  ['customers', 'create', true, false, true],
  ['customers', 'edit', true, false, true],
  ['customers', 'delete', false, false, false],
  ['customers', 'export', true, true, false],
  ['consent-requests', 'list', true, true, true],
  ['consent-requests', 'create', true, false, true],
  ['consent-requests', 'edit', true, false, true],
  ['consent-requests', 'show', true, true, true],
  ['consent-requests', 'delete', false, false, false],
  ['consent-requests', 'export', true, true, false],
  ['deletion-tickets', 'show', true, true, true],
  ['deletion-tickets', 'create', true, false, true],
  ['deletion-tickets', 'edit', true, false, true],
  ['deletion-tickets', 'list', true, true, true],
  ['deletion-tickets', 'delete', false, false, false],
  ['deletion-tickets', 'export', true, true, false],
  ['authority-referrals', 'list', true, true, true],
  ['authority-referrals', 'create', true, false, true],
  ['authority-referrals', 'edit', true, false, true],
  ['authority-referrals', 'delete', true, false, true],
  ['authority-referrals', 'show', true, true, true],
  ['authority-referrals', 'export', true, true, false],
  ['workflow-history', 'list', true, true, true],
  ['workflow-history', 'show', true, true, true],
  ['workflow-history', 'create', false, false, false],
  ['audit-log', 'list', true, true, false],
  ['audit-log', 'verify', true, true, false],
  ['audit-log', 'show', true, true, false],
  ['audit-log', 'export', true, true, false],
  ['audit-log', 'create', false, false, false],
  ['audit-log', 'edit', false, false, false],
  ['audit-log', 'delete', false, false, false],
  ['staff', 'list', true, false, false],
  ['staff', 'show', true, false, false],
  ['staff', 'delete', false, false, false],
  ['staff', 'create', true, false, false],
  ['staff', 'edit', true, false, false],
  ['holidays', 'list', true, true, true],
  ['holidays', 'show', true, true, true],
  ['holidays', 'create', true, false, false],
  ['holidays', 'edit', true, false, false],
  ['holidays', 'delete', true, false, false],
  ['settings', 'show', true, true, true],
  ['settings', 'edit', true, false, false],
  ['settings', 'list', false, false, false],
  ['outbox', 'list', true, true, true],
  ['outbox', 'show', true, true, true],
  ['outbox', 'create', false, false, false],
  ['outbox', 'edit', false, false, false],
  ['outbox', 'delete', false, false, false],
  ['payments', 'list', false, false, false],
];

describe('the role matrix', () => {
  it.each(expected)('%s %s: admin %s, legal %s, support %s', (resource, action, ...allowed) => {
    expect(ROLES.map((role) => canAccess(role, action, resource))).toEqual(allowed);
  });

  it('refuses everything without a role', () => {
    expect(canAccess(null, 'list', 'customers')).toBe(false);
    expect(canAccess(undefined, 'show', 'customers')).toBe(false);
  });

  it('knows the three roles and nothing else', () => {
    expect(ROLES.filter(isRole)).toEqual(['admin', 'legal', 'support']);
    for (const value of ['Admin', 'parent', 'system', '', null, undefined, 1]) expect(isRole(value)).toBe(false);
  });
});
