import { createServer } from 'node:http';
import { startTestSmtpServer } from '../server/testing/smtpServer';

/**
 * The mail server of the end-to-end run: the app delivers its outbox here (SMTP_URL), and the journeys
 * read what arrived over HTTP (e2e/support.ts, mailTo). Run with node_modules/.bin/tsx.
 */
const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 3125);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 3126);

const smtp = await startTestSmtpServer({ port: smtpPort });
const http = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return void res.end('ok');
  if (req.method === 'GET' && req.url === '/messages') {
    res.setHeader('content-type', 'application/json');
    return void res.end(JSON.stringify(smtp.messages.map(({ from, to, subject, text }) => ({ from, to, subject, text }))));
  }
  res.statusCode = 404;
  res.end();
});
http.listen(httpPort, '127.0.0.1', () => console.log(`SMTP sink: smtp://127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`));

async function stop() {
  http.close();
  await smtp.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
