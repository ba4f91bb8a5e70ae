import { describe, expect, it } from 'vitest';
import { breachRemindersDue, type RemindableIncident } from './breachReminders';
import { EMAIL_RULE, MINISTRY_RULE, SITE_NOTICE_RULE, SUBJECTS_RULE } from './breachDeadlines';

// Aware on Thursday 8 January 2026, 18:00 in Muscat; Sunday 11 January is Accession Day. The clocks:
// the Ministry (and the people, at high risk) Sunday 11 January 18:00 Muscat (14:00Z); the site notice
// the end of Monday 12 January (the weekend and the holiday skipped); the e-mail the end of Tuesday 20 January.
const holidays = new Set(['2026-01-11']);
const incident = (extra: Partial<RemindableIncident> = {}): RemindableIncident => ({ status: 'assessed', aware_at: '2026-01-08T14:00:00Z', risk: 'medium', ...extra });
const due = (at: string, extra: Partial<RemindableIncident> = {}, sent: { rule: string; kind: string }[] = []) =>
  breachRemindersDue(incident(extra), holidays, new Date(at), sent).map((r) => [r.rule, r.kind, r.due.toISOString()]);

const ministry = (kind: string) => [MINISTRY_RULE, kind, '2026-01-11T14:00:00.000Z'];
const subjects = (kind: string) => [SUBJECTS_RULE, kind, '2026-01-11T14:00:00.000Z'];
const siteNotice = (kind: string) => [SITE_NOTICE_RULE, kind, '2026-01-12T19:59:59.999Z'];
const email = (kind: string) => [EMAIL_RULE, kind, '2026-01-20T19:59:59.999Z'];
const siteNoticeWarned = [{ rule: SITE_NOTICE_RULE, kind: 'due_soon' }];

describe('breach deadline reminders', () => {
  it('warns of the site notice from awareness on: its one business day ends by the next business day', () => {
    expect(due('2026-01-08T14:00:00Z')).toEqual([siteNotice('due_soon')]);
  });

  it('warns of the 72 hours 24 hours ahead, not a minute earlier, weekend or not', () => {
    expect(due('2026-01-10T13:59:00Z', {}, siteNoticeWarned)).toEqual([]);
    expect(due('2026-01-10T14:00:00Z', {}, siteNoticeWarned)).toEqual([ministry('due_soon')]);
    expect(due('2026-01-10T14:00:00Z', { risk: 'high' }, siteNoticeWarned)).toEqual([ministry('due_soon'), subjects('due_soon')]);
  });

  it('says a clock is overdue once it has passed, and only that when the warning was never sent', () => {
    expect(due('2026-01-11T14:00:00Z', {}, siteNoticeWarned)).toEqual([ministry('due_soon')]);
    expect(due('2026-01-11T14:00:00.001Z', {}, siteNoticeWarned)).toEqual([ministry('overdue')]);
    expect(due('2026-01-13T06:00:00Z')).toEqual([ministry('overdue'), siteNotice('overdue')]);
  });

  it('warns of the seven business days on the business day before they end', () => {
    const allElse = [ministry, siteNotice].flatMap((c) => ['due_soon', 'overdue'].map((kind) => ({ rule: c(kind)[0], kind })));
    // Sunday 18 January 10:00 Muscat: due the end of Tuesday, two business days on
    expect(due('2026-01-18T06:00:00Z', {}, allElse)).toEqual([]);
    // Monday 19 January 10:00 Muscat
    expect(due('2026-01-19T06:00:00Z', {}, allElse)).toEqual([email('due_soon')]);
    expect(due('2026-01-21T06:00:00Z', {}, allElse)).toEqual([email('overdue')]);
  });

  it('sends each reminder once', () => {
    const sent = [
      { rule: MINISTRY_RULE, kind: 'due_soon' },
      { rule: MINISTRY_RULE, kind: 'overdue' },
      { rule: SITE_NOTICE_RULE, kind: 'overdue' },
    ];
    expect(due('2026-01-13T06:00:00Z', {}, sent)).toEqual([]);
    expect(due('2026-01-13T06:00:00Z', {}, sent.slice(0, 2))).toEqual([siteNotice('overdue')]);
  });

  it('reminds of no clock that is met, and of nothing once the incident is closed', () => {
    const met = { ministry_sent_at: '2026-01-09T08:00:00Z', site_notice_published_at: '2026-01-09T09:00:00Z' };
    expect(due('2026-01-13T06:00:00Z', met)).toEqual([]);
    expect(due('2026-01-13T06:00:00Z', { risk: 'high', ministry_sent_at: '2026-01-09T08:00:00Z' })).toEqual([subjects('overdue'), siteNotice('overdue')]);
    // met late: it was overdue, but there is nothing left to do
    expect(due('2026-01-13T06:00:00Z', { ministry_sent_at: '2026-01-12T08:00:00Z', site_notice_published_at: '2026-01-13T05:00:00Z' })).toEqual([]);
    expect(due('2026-01-21T06:00:00Z', { status: 'closed', ...met })).toEqual([]);
    expect(due('2026-01-13T06:00:00Z', { status: 'closed' })).toEqual([]);
  });

  it('reminds in every open state', () => {
    for (const status of ['recorded', 'assessed', 'awaiting_legal_review', 'changes_requested', 'approved', 'notifying'] as const) {
      expect(due('2026-01-08T14:00:00Z', { status })).toEqual([siteNotice('due_soon')]);
    }
  });
});
