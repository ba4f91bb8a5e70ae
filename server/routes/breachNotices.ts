import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { Database } from '../db/database';
import type { StoreIdentity } from '../config';
import { parseRecordId } from '../../src/domain/apiMessages';
import { muscatDateTime } from '../../src/domain/muscatTime';
import { parentPage, policySetting, publicPageStore } from './parentPage';

export const BREACH_NOTICES_PATH = '/breach-notices';

interface PublishedNotice {
  id: number;
  text: string;
  published_at: string;
}

const QUESTION = 'Questions about this notice or your data?';

// The approved site notice and when it went up, nothing else: the description, the risk, the numbers
// and the legal advisor's opinion stay inside the desk.
const PUBLISHED = `SELECT id, site_notice_text AS text, site_notice_published_at AS published_at FROM breach_incidents
  WHERE site_notice_published_at IS NOT NULL AND site_notice_text IS NOT NULL`;

const asNotice = (row: { id: number; text: string; published_at: string | Date }): PublishedNotice => ({
  id: Number(row.id),
  text: row.text,
  published_at: new Date(row.published_at).toISOString(),
});

// Paragraphs at blank lines, line breaks kept within them; html`` escapes every piece of the text.
const paragraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p.split(/\r?\n/).map((line, i) => (i === 0 ? line : html`<br />${line}`))}</p>`);

const published = (iso: string) => html`<time datetime="${iso}">${muscatDateTime(new Date(iso))} (Muscat)</time>`;

/**
 * The site notices of breach incidents, public and without sign-in: a page per published notice, an
 * index, and a JSON feed the store's own website can embed (any origin may read it).
 */
export function breachNoticeRoutes(db: Database, options: { publicUrl?: string; store?: StoreIdentity } = {}) {
  const app = new Hono();
  const storeFor = publicPageStore(options);
  app.use(`${BREACH_NOTICES_PATH}/*`, policySetting(db));
  app.use(BREACH_NOTICES_PATH, policySetting(db));
  const all = async () => (await db.query<{ id: number; text: string; published_at: string | Date }>(`${PUBLISHED} ORDER BY site_notice_published_at DESC, id DESC`)).map(asNotice);
  const notFound = (c: Context) =>
    c.html(parentPage('No such notice', html`<p>There is no published notice at this address. <a href="${BREACH_NOTICES_PATH}">See every notice</a>.</p>`, storeFor(c), QUESTION), 404);

  app.get(`${BREACH_NOTICES_PATH}.json`, async (c) => {
    const base = options.publicUrl ?? new URL(c.req.url).origin;
    const notices = (await all()).map((n) => ({ id: n.id, published_at: n.published_at, text: n.text, url: `${base}${BREACH_NOTICES_PATH}/${n.id}` }));
    return c.json({ notices }, 200, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=60' });
  });

  app.get(BREACH_NOTICES_PATH, async (c) => {
    const notices = await all();
    const list = notices.length
      ? html`<ul>
          ${notices.map((n) => html`<li><a href="${BREACH_NOTICES_PATH}/${n.id}">Notice of ${muscatDateTime(new Date(n.published_at))} (Muscat)</a></li>`)}
        </ul>`
      : html`<p>No notices have been published.</p>`;
    return c.html(parentPage('Data breach notices', list, storeFor(c), QUESTION));
  });

  app.get(`${BREACH_NOTICES_PATH}/:id`, async (c) => {
    const id = parseRecordId(c.req.param('id'));
    if (id === null) return notFound(c);
    const [row] = await db.query<{ id: number; text: string; published_at: string | Date }>(`${PUBLISHED} AND id = $1`, [id]);
    if (!row) return notFound(c);
    const notice = asNotice(row);
    return c.html(
      parentPage(
        'Notice of a personal data breach',
        html`<p>Published ${published(notice.published_at)}</p>
          ${paragraphs(notice.text)}`,
        storeFor(c),
        QUESTION,
      ),
    );
  });
  return app;
}
