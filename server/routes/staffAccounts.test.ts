import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { signIn } from '../testing/testServer';
import { apiClient } from '../testing/http';
import { LAST_ADMIN } from '../../src/domain/staff';

describeOnEachDatabase('staff accounts', (suite) => {
  const admin = suite.as('admin');

  it('creates an account that can sign in, and never returns a password or its hash', async () => {
    const res = await admin.create('staff', { username: 'aisha.support', display_name: 'Aisha Al Hinai', role: 'support', password: 'sixteen chars ok!' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'aisha.support', role: 'support', disabled: false, version: 1 });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
    const listed = await admin.list('staff', { range: [0, 99] });
    expect(JSON.stringify(listed.body)).not.toMatch(/password|argon2/i);
    expect(await signIn(suite.server.url, 'aisha.support', 'sixteen chars ok!')).toMatch(/^pd_session=/);
  });

  it('refuses short passwords and taken usernames', async () => {
    const short = await admin.create('staff', { username: 'short.pw', display_name: 'S', role: 'legal', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual({ password: 'At least 12 characters' });
    const taken = await admin.create('staff', { username: 'aisha.support', display_name: 'Again', role: 'legal', password: 'another long one' });
    expect(taken.status).toBe(409);
  });

  it('changes a role at once, ending the sessions that carried the old one', async () => {
    const [account] = (await admin.list('staff', { filter: { q: 'aisha.support' } })).body;
    const cookie = await signIn(suite.server.url, 'aisha.support', 'sixteen chars ok!');
    const res = await admin.update('staff', account.id, { ...account, role: 'legal' });
    expect(res.status).toBe(200);
    expect((await apiClient(suite.server.url, { cookie }).call('GET', '/api/me')).status).toBe(401);
    const again = await signIn(suite.server.url, 'aisha.support', 'sixteen chars ok!');
    expect((await apiClient(suite.server.url, { cookie: again }).call('GET', '/api/me')).body.role).toBe('legal');
  });

  it('resets a password: the old one stops working', async () => {
    const [account] = (await admin.list('staff', { filter: { q: 'aisha.support' } })).body;
    expect((await admin.call('POST', `/api/staff/${account.id}/password`, { password: 'a brand new passphrase' })).status).toBe(200);
    await expect(signIn(suite.server.url, 'aisha.support', 'sixteen chars ok!')).rejects.toThrow(/401/);
    expect(await signIn(suite.server.url, 'aisha.support', 'a brand new passphrase')).toMatch(/^pd_session=/);
  });

  it('disables an account, which can no longer sign in', async () => {
    const [account] = (await admin.list('staff', { filter: { q: 'aisha.support' } })).body;
    expect((await admin.update('staff', account.id, { ...account, disabled: true })).status).toBe(200);
    await expect(signIn(suite.server.url, 'aisha.support', 'a brand new passphrase')).rejects.toThrow(/401/);
  });

  it('never removes the last enabled admin, by demotion or by disabling', async () => {
    const [me] = (await admin.list('staff', { filter: { role: 'admin', disabled: false } })).body;
    const demote = await admin.update('staff', me.id, { ...me, role: 'support' });
    expect(demote.status).toBe(409);
    expect(demote.body.message).toBe(LAST_ADMIN);
    expect((await admin.update('staff', me.id, { ...me, disabled: true })).status).toBe(409);
    expect((await admin.get('staff', me.id)).body).toMatchObject({ role: 'admin', disabled: false });
  });

  it('is for admins only', async () => {
    const legal = suite.as('legal');
    expect((await legal.list('staff')).status).toBe(403);
    expect((await legal.create('staff', { username: 'x.y.z', display_name: 'X', role: 'admin', password: 'long enough password' })).status).toBe(403);
    expect((await legal.call('POST', '/api/staff/1/password', { password: 'long enough password' })).status).toBe(403);
  });
});
