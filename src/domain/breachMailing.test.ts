import { describe, expect, it } from 'vitest';
import { MAILING_NOT_STARTED, NOTHING_TO_RETRY, breachNoticeSubject, mailingOf, mailingTotals, retryRefusal, settledNote } from './breachMailing';

const counts = { started_at: '2026-11-23T08:00:00.000Z', settled_at: null, affected: 10, scanned: 8, unreachable: 1 };

describe('a breach mailing’s progress', () => {
  it('counts sending as queued, the customers not yet walked as to queue, and a shared address once', () => {
    const m = mailingOf({ ...counts, byStatus: { queued: 2, sending: 1, sent: 2, failed: 1 } });
    expect(m).toStrictEqual({ started_at: counts.started_at, settled_at: null, affected: 10, to_queue: 2, unreachable: 1, shared_address: 1, queued: 3, sent: 2, failed: 1, cancelled: 0 });
    expect(mailingTotals(m)).toEqual({ total: 8, done: 3 });
  });

  it('is done when every mail has its outcome, and the history says how each ended', () => {
    const m = mailingOf({ ...counts, scanned: 10, byStatus: { sent: 6, failed: 1, cancelled: 1 } });
    expect(mailingTotals(m)).toEqual({ total: 8, done: 8 });
    expect(settledNote(m)).toBe('Every person affected was e-mailed: 6 delivered, 1 failed, 1 cancelled (erased), 1 unreachable (erased), 1 sharing an address');
  });

  it('names the store in the subject', () => {
    expect(breachNoticeSubject('Souq Muscat')).toBe('Souq Muscat: an important notice about your personal data');
  });
});

describe('retrying the failed notices', () => {
  const open = { status: 'notifying', notices_started_at: counts.started_at };
  it('is the admin’s, on an open incident whose mailing started and has failures', () => {
    expect(retryRefusal('admin', open, 2)).toBeNull();
    expect(retryRefusal('admin', null)).toBeNull();
    expect(retryRefusal('legal', open, 2)).toMatchObject({ status: 403 });
    expect(retryRefusal('support', null)).toMatchObject({ status: 403 });
    expect(retryRefusal('admin', { ...open, status: 'closed' }, 2)).toMatchObject({ status: 409 });
    expect(retryRefusal('admin', { ...open, notices_started_at: null }, 2)).toEqual({ status: 409, message: MAILING_NOT_STARTED });
    expect(retryRefusal('admin', open, 0)).toEqual({ status: 409, message: NOTHING_TO_RETRY });
  });
});
