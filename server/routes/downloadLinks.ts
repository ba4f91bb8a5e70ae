import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { Database } from '../db/database';
import type { StoreIdentity } from '../config';
import { ApiError } from '../apiError';
import { appendAudit } from '../audit/auditLog';
import { childDataOf } from '../downloads/childData';
import { peekDownloadLink, redeemDownloadLink } from '../downloads/links';
import { LINK_GONE, type DownloadPurpose } from '../../src/domain/downloadLinks';
import { accessDataOf } from '../downloads/accessData';
import { muscatDateTime } from '../../src/domain/muscatTime';
import { parentPage, policySetting, publicPageStore } from './parentPage';

export const DOWNLOAD_PATH = '/downloads';
const QUESTION: Readonly<Record<DownloadPurpose, string>> = { child_data: 'Questions about your child’s data?', access_data: 'Questions about your data?' };

/**
 * The page behind a mailed download link: no sign-in, the token is the only key. Opening it shows a
 * button (mail scanners that follow links must not use up the single use); the POST hands over the
 * file once, assembled at that moment.
 */
export function downloadLinkRoutes(db: Database, options: { publicUrl?: string; store?: StoreIdentity } = {}) {
  const app = new Hono();
  const storeFor = publicPageStore(options);
  app.use(`${DOWNLOAD_PATH}/*`, policySetting(db));
  const gone = (c: Context) => c.html(parentPage('This link no longer works', html`<p>${LINK_GONE}</p>`, storeFor(c), 'Questions about your data?'), 410);

  app.get(`${DOWNLOAD_PATH}/:token`, async (c) => {
    const link = await peekDownloadLink(db, c.req.param('token'));
    if (!link) return gone(c);
    const whose = link.purpose === 'child_data' ? 'your child' : 'you';
    return c.html(
      parentPage(
        link.purpose === 'child_data' ? 'Your child’s data' : 'Your data',
        html`<p>The file holds the personal data we keep about ${whose}, as JSON with a readable summary. The link works once, until ${muscatDateTime(link.expiresAt)} (Muscat time).</p>
          <form method="post"><button type="submit">Download the data</button></form>`,
        storeFor(c),
        QUESTION[link.purpose],
      ),
    );
  });

  app.post(`${DOWNLOAD_PATH}/:token`, async (c) => {
    const file = await db.transaction(async (tx) => {
      const link = await redeemDownloadLink(tx, c.req.param('token'));
      if (!link) return null;
      try {
        if (link.purpose === 'access_data') {
          const { customer, data } = await accessDataOf(tx, link.recordId);
          await appendAudit(tx, { staff: null, username: 'customer', action: 'export', resource: 'customers', recordId: Number(customer.id), reason: `downloaded by the customer through the mailed link (access request #${link.recordId})` });
          return { name: `data-${String(customer.id)}.json`, data };
        }
        const { data } = await childDataOf(tx, link.recordId);
        await appendAudit(tx, { staff: null, username: 'parent', action: 'export', resource: 'customers', recordId: Number(data.child.id), reason: `downloaded by the parent through the mailed link (consent request #${link.recordId})` });
        return { name: `child-${String(data.child.id)}-data.json`, data };
      } catch (err) {
        // the child was erased, or is no longer a child: the link is used up and hands over nothing
        if (err instanceof ApiError && err.status < 500) return null;
        throw err;
      }
    });
    if (!file) return gone(c);
    c.header('Content-Disposition', `attachment; filename="${file.name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(JSON.stringify(file.data, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  return app;
}
