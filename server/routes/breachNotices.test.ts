import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/apiSuite';
import { step } from '../testing/workflows';
import type { ApiClient } from '../testing/http';

const R = 'breach-incidents';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const DESCRIPTION = 'Internal: a courier integration exposed order addresses through a public link to bucket x-17.';
const incident = (siteNotice: string) => ({
  aware_at: hoursAgo(5),
  description: DESCRIPTION,
  data_categories: ['full_name', 'address'],
  containment: 'The link was revoked.',
  site_notice_text: siteNotice,
  email_notice_text: 'Dear customer, your delivery address was exposed.',
});

/** An incident whose texts the legal advisor approved (drafted by the admin: four eyes), its site notice not yet published. */
async function approvedIncident(admin: ApiClient, legal: ApiClient, siteNotice: string): Promise<number> {
  const created = await admin.create(R, incident(siteNotice));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { id } = created.body;
  expect((await step(admin, R, id, 'assess', { risk: 'high', risk_reasoning: 'Secret reasoning: fraud is likely.' })).status).toBe(200);
  expect((await step(admin, R, id, 'submit_for_review')).status).toBe(200);
  expect((await step(legal, R, id, 'approve', { opinion: 'Confidential opinion: accurate.' })).status).toBe(200);
  return id;
}

const page = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text(), headers: res.headers };
};

describeOnEachDatabase('the public site notices of breaches', (suite) => {
  const admin = suite.as('admin');
  const legal = suite.as('legal');
  let unpublished: number;
  let first: number;
  let second: number;

  it('shows nothing of an incident whose notice is not published', async () => {
    unpublished = await approvedIncident(admin, legal, 'Not yet public: addresses exposed.');
    const res = await page(`${suite.server.url}/breach-notices/${unpublished}`);
    expect(res.status).toBe(404);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.text).toContain('<h1>No such notice</h1>');
    expect(res.text).not.toContain('Not yet public');
  });

  it('shows the published notice, its time in Muscat, the store to write to, and nothing else of the incident', async () => {
    first = await approvedIncident(admin, legal, 'On 22 November we found that order addresses were exposed.\n\nWatch for calls claiming to be from us.\nWe never ask for your password.');
    const published = await step(admin, R, first, 'publish_site_notice');
    expect(published.status).toBe(200);
    // without a cookie: the page needs no sign-in
    const res = await page(`${suite.server.url}/breach-notices/${first}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Notice of a personal data breach</h1>');
    expect(res.text).toContain('<p>On 22 November we found that order addresses were exposed.</p>');
    expect(res.text).toMatch(/<p>Watch for calls claiming to be from us\.<br \/>\s*We never ask for your password\.<\/p>/);
    expect(res.text).toMatch(/Published <time datetime="[^"]+">\d{1,2} \w+ \d{4}, \d{2}:\d{2} \(Muscat\)<\/time>/);
    expect(res.text).toContain(`datetime="${published.body.site_notice_published_at}"`);
    expect(res.text).toContain('<a href="mailto:privacy@localhost">privacy@localhost</a>');
    expect(res.text).toContain('Questions about this notice or your data?');
    for (const secret of [DESCRIPTION, 'Secret reasoning', 'Confidential opinion', 'The link was revoked', 'Dear customer', 'High']) expect(res.text).not.toContain(secret);
  });

  it('escapes the text: a script in it is shown, never run', async () => {
    second = await approvedIncident(admin, legal, 'Beware <script>alert("x")</script> & <b>phishing</b>.');
    await step(admin, R, second, 'publish_site_notice');
    const res = await page(`${suite.server.url}/breach-notices/${second}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>');
    expect(res.text).not.toContain('<b>phishing');
    expect(res.text).toContain('Beware &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;phishing&lt;/b&gt;.');
  });

  it.each(['abc', '١٢', '0', '-1', '1.5', '1e3', '99999999999999999999', '2147483648', '%00', '999999'])('answers %s with the 404 page, never an error', async (id) => {
    const res = await page(`${suite.server.url}/breach-notices/${encodeURIComponent(id)}`);
    expect(res.status).toBe(404);
    expect(res.text).toContain('<h1>No such notice</h1>');
  });

  it('feeds the published notices to any site, newest first, with their addresses', async () => {
    const res = await page(`${suite.server.url}/breach-notices.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const { notices } = JSON.parse(res.text) as { notices: { id: number; published_at: string; text: string; url: string }[] };
    expect(notices.map((n) => n.id)).toEqual([second, first]);
    expect(notices[1]).toEqual({
      id: first,
      published_at: (await admin.get(R, first)).body.site_notice_published_at,
      text: 'On 22 November we found that order addresses were exposed.\n\nWatch for calls claiming to be from us.\nWe never ask for your password.',
      url: `${suite.server.url}/breach-notices/${first}`,
    });
    expect(Object.keys(notices[0]).sort()).toEqual(['id', 'published_at', 'text', 'url']);
    expect(res.text).not.toContain('Not yet public');
  });

  it('lists the published notices on an index page, each linked', async () => {
    const res = await page(`${suite.server.url}/breach-notices`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Data breach notices</h1>');
    const links = [...res.text.matchAll(/<a href="\/breach-notices\/(\d+)">Notice of [^<]+ \(Muscat\)<\/a>/g)].map((m) => Number(m[1]));
    expect(links).toEqual([second, first]);
  });
});
