// A stand-in receipts receiver for the e2e tests: a real HTTP server on a
// loopback port (port 0: a free one), which answers CORS for the page's
// origin, records every body it is sent, and fails or delays on demand.
import { createServer } from 'node:http';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startReceiver() {
  const received = [];
  const requests = [];
  let mode = { status: 201, delay: 0 };
  const cors = (req) => ({
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'content-type',
    Vary: 'Origin',
  });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req)).end();
        return;
      }
      const { status, delay } = mode;
      if (delay) await sleep(delay);
      const body = Buffer.concat(chunks).toString('utf8');
      if (status >= 200 && status < 300) received.push({ body: JSON.parse(body), headers: req.headers, url: req.url });
      res.writeHead(status, { ...cors(req), 'Content-Type': 'text/plain' }).end(status < 300 ? '' : 'receiver says no');
    });
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/receipts`,
    /** Bodies answered 2xx, in order. */
    received,
    /** Every request, preflights and failures included. */
    requests,
    /** What the next requests get: `{ status, delay }`. */
    set(next) {
      mode = { status: 201, delay: 0, ...next };
    },
    posts: () => requests.filter((r) => r.method === 'POST').length,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
