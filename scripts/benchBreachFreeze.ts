import { performance } from 'node:perf_hooks';

/** What freezing every customer as affected by one breach costs: the count first, then the one-statement insert. */
export interface FreezeResult {
  affected: number;
  previewMs: number;
  widenMs: number;
  /** the highest resident memory of this process (server and bench together) while it ran, in MB */
  peakRssMb: number;
}

/**
 * Records a breach through the API, previews "all customers" and freezes them, as the admin's dialog
 * does (issue 11). Mail fan-out is not built yet, so queuing the notices is not measured here.
 */
export async function benchBreachFreeze(baseUrl: string, cookie: string): Promise<FreezeResult> {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const incident = await call('POST', '/api/breach-incidents', {
      aware_at: new Date(Date.now() - 3_600_000).toISOString(),
      description: 'Benchmark: an export of every customer left on a public share.',
      data_categories: ['full_name', 'email'],
    });
    const path = `/api/breach-incidents/${incident.id}/affected`;
    let start = performance.now();
    const preview = await call('POST', `${path}/preview`, { all: true });
    const previewMs = performance.now() - start;
    start = performance.now();
    const widened = await call('POST', path, { all: true, wouldAdd: preview.wouldAdd });
    const widenMs = performance.now() - start;
    return { affected: widened.total, previewMs, widenMs, peakRssMb: Math.round(peak / 1_048_576) };
  } finally {
    clearInterval(sampler);
  }
}
