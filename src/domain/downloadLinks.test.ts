import { describe, expect, it } from 'vitest';
import { NOT_GRANTED, NO_PARENT_ADDRESS, childDataLinkMail, childDataLinkRefusal, linkExpiry, linkState } from './downloadLinks';

const now = new Date('2026-11-23T08:00:00.000Z');

describe('download links', () => {
  it('last a week from when they are made', () => {
    expect(linkExpiry(now).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('work until they are used or their week has passed', () => {
    const link = { expires_at: '2026-11-30T08:00:00.000Z', used_at: null };
    expect(linkState(link, now)).toBe('usable');
    expect(linkState(link, new Date('2026-11-30T07:59:59.999Z'))).toBe('usable');
    expect(linkState(link, new Date('2026-11-30T08:00:00.000Z'))).toBe('expired');
    expect(linkState({ ...link, used_at: '2026-11-24T10:00:00.000Z' }, now)).toBe('used');
  });

  it('go only to a parent whose consent is recorded, at the address on the request', () => {
    expect(childDataLinkRefusal({ status: 'granted', parent_email: 'p@example.net' })).toBeNull();
    for (const status of ['awaiting_notice', 'notice_sent', 'refused', 'withdrawn', 'expired']) expect(childDataLinkRefusal({ status, parent_email: 'p@example.net' })).toBe(NOT_GRANTED);
    expect(childDataLinkRefusal({ status: 'granted', parent_email: null })).toBe(NO_PARENT_ADDRESS);
  });

  it('say where the file is and until when, in Muscat time, with no data in the mail', () => {
    const mail = childDataLinkMail('Salim', 'https://desk.example/downloads/abc', linkExpiry(now));
    expect(mail.subject).toBe('Your child’s data: Salim');
    expect(mail.text).toContain('Download it here (a JSON file): https://desk.example/downloads/abc');
    expect(mail.text).toContain('until 30 November 2026, 12:00 (Muscat time)');
  });
});
