import { describe, expect, it } from 'vitest';
import { leavesAnAdmin } from './staff';

describe('leavesAnAdmin', () => {
  it.each([
    [[1, 2], { id: 1, role: 'support' as const, disabled: false }, true],
    [[1], { id: 1, role: 'support' as const, disabled: false }, false],
    [[1], { id: 1, role: 'admin' as const, disabled: true }, false],
    [[1], { id: 1, role: 'admin' as const, disabled: false }, true],
    [[1], { id: 2, role: 'legal' as const, disabled: true }, true],
    [[], { id: 3, role: 'admin' as const, disabled: false }, true],
  ])('admins %j, change %j → %s', (admins, change, expected) => {
    expect(leavesAnAdmin(admins, change)).toBe(expected);
  });
});
