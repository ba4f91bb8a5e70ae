import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { CARD_NUMBER_REMOVED } from '../../src/domain/cardNumber';
import { appendAudit, verifyAuditChain } from './auditLog';

const CARD = '4111 1111 1111 1111';

describeOnEachDatabase('what an audit entry holds', { http: false }, (suite) => {
  const last = async () =>
    (
      await suite.db.query<Record<string, unknown>>(
        'SELECT staff_id, staff_username, role, action, resource, record_id, fields, reason, address FROM audit_log ORDER BY id DESC LIMIT 1',
      )
    )[0];
  const staff = { id: 7, username: 'audit.admin', role: 'admin' as const };

  it('holds who, from where, what and why; nothing it was not given', async () => {
    await appendAudit(suite.db, { staff, action: 'reveal', resource: 'customers', recordId: 12, fields: ['id_number'], reason: 'Ticket 4', address: '192.0.2.7' });
    expect(await last()).toEqual({
      staff_id: 7, staff_username: 'audit.admin', role: 'admin', action: 'reveal', resource: 'customers', record_id: '12', fields: ['id_number'], reason: 'Ticket 4', address: '192.0.2.7',
    });
    await appendAudit(suite.db, { staff, action: 'sign_out' });
    expect(await last()).toEqual({
      staff_id: 7, staff_username: 'audit.admin', role: 'admin', action: 'sign_out', resource: null, record_id: null, fields: null, reason: null, address: null,
    });
  });

  it('names a failed sign-in by the name typed, and record 0 as 0', async () => {
    await appendAudit(suite.db, { staff: null, username: 'typed.name', action: 'sign_in_failed', address: '192.0.2.8' });
    expect(await last()).toMatchObject({ staff_id: null, staff_username: 'typed.name', role: null, record_id: null });
    await appendAudit(suite.db, { staff: null, action: 'sign_in_failed' });
    expect(await last()).toMatchObject({ staff_username: null });
    await appendAudit(suite.db, { staff, action: 'update', resource: 'settings', recordId: 0, fields: [] });
    expect(await last()).toMatchObject({ record_id: '0', fields: [] });
  });

  it('never keeps a card number, in the reason or the name, and the chain still verifies', async () => {
    await appendAudit(suite.db, { staff: null, username: `card ${CARD}`, action: 'sign_in_failed', reason: `paid with ${CARD} by phone` });
    const entry = await last();
    expect(entry.reason).toBe(`paid with ${CARD_NUMBER_REMOVED} by phone`);
    expect(entry.staff_username).toBe(`card ${CARD_NUMBER_REMOVED}`);
    expect(await verifyAuditChain(suite.db)).toMatchObject({ ok: true });
  });
});
