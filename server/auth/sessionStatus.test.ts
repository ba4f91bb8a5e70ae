import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { signIn, TEST_PASSWORD, testUsername } from '../testing/testServer';
import { apiClient } from '../testing/http';

describeOnEachDatabase('who is signed in (GET /api/auth/session)', (suite) => {
  it('answers 200 with no staff to a visitor without a session, and with a made-up cookie', async () => {
    for (const api of [apiClient(suite.server.url), apiClient(suite.server.url, { cookie: 'pd_session=not-a-session' })]) {
      const res = await api.call('GET', '/api/auth/session');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ staff: null });
    }
  });

  it('names the signed-in member of staff and their role, and nobody once they signed out', async () => {
    const cookie = await signIn(suite.server.url, testUsername('legal'), TEST_PASSWORD);
    const api = apiClient(suite.server.url, { cookie });
    const res = await api.call('GET', '/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body.staff).toMatchObject({ username: testUsername('legal'), role: 'legal' });
    expect(res.body.staff).not.toHaveProperty('password_hash');
    await api.call('POST', '/api/auth/logout');
    expect((await api.call('GET', '/api/auth/session')).body).toEqual({ staff: null });
  });
});
