import type { Database, Queryable } from '../db/database';

/**
 * The sign-in limits (the README's "Sign-in limits" paragraph). Attempts are kept in the database, so
 * every server instance on one PostgreSQL counts the same ones.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60_000,
  /** failures of one account from one address: that pair is refused until the oldest leaves the window */
  perPair: 5,
  /** failures from one address, whatever the accounts: that address is refused likewise */
  perAddress: 20,
  /** failures of one account from all addresses together, after which failing addresses must wait between tries */
  accountSlowAfter: 5,
  /** the longest such wait; it doubles with every failure past accountSlowAfter */
  maxAccountWaitMs: 15 * 60_000,
  /** an address the account signed in from within this long is its owner's own */
  knownAddressMs: 30 * 24 * 3600_000,
};
export type SignInLimits = typeof SIGN_IN_LIMITS;

// Lock namespaces (the two-number form of the advisory locks), one reservation at a time per account and per address.
const ACCOUNT_LOCK = 72_003;
const ADDRESS_LOCK = 72_004;
const PRUNE_LOCK = 72_005;

/** Failed or still pending attempts within the window, times in milliseconds since the epoch (the database's clock). */
export interface RecentAttempts {
  now: number;
  pair: number;
  pairOldest: number | null;
  address: number;
  addressOldest: number | null;
  account: number;
  accountLatest: number | null;
  /** the account signed in successfully from this address within knownAddressMs */
  knownAddress: boolean;
}

export type Limit = 'account from this address' | 'address' | 'account';
export interface Refusal {
  limit: Limit;
  /** whole seconds, at least 1 */
  retryAfter: number;
}

/** The limit that refuses an attempt for longest, or null when its password may be checked. */
export function refusal(recent: RecentAttempts, limits: SignInLimits = SIGN_IN_LIMITS): Refusal | null {
  const waits: [Limit, number][] = [];
  if (recent.pair >= limits.perPair) waits.push(['account from this address', recent.pairOldest! + limits.windowMs - recent.now]);
  if (recent.address >= limits.perAddress) waits.push(['address', recent.addressOldest! + limits.windowMs - recent.now]);
  // Guessing one account from many addresses is slowed, but only for addresses that have failed
  // themselves: the owner signing in from a clean address, or from one they signed in from before, is
  // never kept out by someone else's failures (each pair is still limited on its own).
  if (recent.account >= limits.accountSlowAfter && recent.address > 0 && !recent.knownAddress) {
    const wait = Math.min(limits.maxAccountWaitMs, 1000 * 2 ** (recent.account - limits.accountSlowAfter));
    waits.push(['account', recent.accountLatest! + wait - recent.now]);
  }
  const [longest] = waits.filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
  return longest ? { limit: longest[0], retryAfter: Math.max(1, Math.ceil(longest[1] / 1000)) } : null;
}

const ms = (expr: string) => `(extract(epoch FROM ${expr}) * 1000)::float8`;

async function recentAttempts(tx: Queryable, account: string, address: string, limits: SignInLimits): Promise<RecentAttempts> {
  const [row] = await tx.query<{
    now: number;
    pair: number;
    pair_oldest: number | null;
    address: number;
    address_oldest: number | null;
    account: number;
    account_latest: number | null;
    known_address: boolean;
  }>(
    `WITH recent AS (
       SELECT account, address, at FROM sign_in_attempts
       WHERE (account = $1 OR address = $2) AND outcome <> 'succeeded' AND at > now() - $3::float8 * interval '1 millisecond'
     )
     SELECT ${ms('now()')} AS now,
       count(*) FILTER (WHERE account = $1 AND address = $2)::int AS pair,
       ${ms('min(at) FILTER (WHERE account = $1 AND address = $2)')} AS pair_oldest,
       count(*) FILTER (WHERE address = $2)::int AS address,
       ${ms('min(at) FILTER (WHERE address = $2)')} AS address_oldest,
       count(*) FILTER (WHERE account = $1)::int AS account,
       ${ms('max(at) FILTER (WHERE account = $1)')} AS account_latest,
       EXISTS (SELECT 1 FROM sign_in_attempts WHERE account = $1 AND address = $2 AND outcome = 'succeeded'
               AND at > now() - $4::float8 * interval '1 millisecond') AS known_address
     FROM recent`,
    [account, address, limits.windowMs, limits.knownAddressMs],
  );
  return {
    now: row.now,
    pair: row.pair,
    pairOldest: row.pair_oldest,
    address: row.address,
    addressOldest: row.address_oldest,
    account: row.account,
    accountLatest: row.account_latest,
    knownAddress: row.known_address,
  };
}

// Failures are no use after the window (the audit log keeps them for good); a day's worth is kept for
// whoever looks into an attack. Successes are kept while they make an address known.
async function pruneOldAttempts(tx: Queryable, limits: SignInLimits): Promise<void> {
  const [{ mine }] = await tx.query<{ mine: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS mine', [PRUNE_LOCK]);
  if (!mine) return; // another instance is at it
  await tx.query(
    `DELETE FROM sign_in_attempts WHERE at < now() - interval '1 day'
       AND (outcome <> 'succeeded' OR at < now() - $1::float8 * interval '1 millisecond')`,
    [limits.knownAddressMs],
  );
}

export type Reservation = { attempt: number; refused?: undefined } | { refused: Refusal };

/**
 * Reserves an attempt before its password is checked: the reservation counts like a failure until its
 * outcome is known, so attempts sent all at once are counted one after the other, on every instance.
 */
export async function reserveAttempt(db: Database, account: string, address: string, limits: SignInLimits = SIGN_IN_LIMITS): Promise<Reservation> {
  return db.transaction(async (tx) => {
    // Always the account first, then the address: no two reservations wait for each other in a circle.
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ACCOUNT_LOCK, account]);
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_LOCK, address]);
    await pruneOldAttempts(tx, limits);
    const refused = refusal(await recentAttempts(tx, account, address, limits), limits);
    if (refused) return { refused };
    const [row] = await tx.query<{ id: number }>('INSERT INTO sign_in_attempts (account, address) VALUES ($1, $2) RETURNING id', [account, address]);
    return { attempt: row.id };
  });
}

/** The password was wrong, or the account unknown or disabled. */
export async function recordFailure(tx: Queryable, attempt: number): Promise<void> {
  await tx.query("UPDATE sign_in_attempts SET outcome = 'failed' WHERE id = $1", [attempt]);
}

/** Signed in: the pair's earlier failures are forgiven, and the address becomes known for the account. */
export async function recordSuccess(tx: Queryable, attempt: number): Promise<void> {
  await tx.query(
    `WITH signed_in AS (UPDATE sign_in_attempts SET outcome = 'succeeded' WHERE id = $1 RETURNING account, address)
     DELETE FROM sign_in_attempts a USING signed_in s WHERE a.account = s.account AND a.address = s.address AND a.outcome = 'failed'`,
    [attempt],
  );
}
