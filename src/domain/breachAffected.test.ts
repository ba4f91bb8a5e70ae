import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, EXPECTED_COUNT_REQUIRED, INCIDENT_CLOSED, NOTE_LENGTH, SELECTION_REQUIRED, parseAffectedRequest, previewOf, widenRefusal, widenedNote } from './breachAffected';
import { BREACH_STATUSES } from './breachIncidents';
import { ROLES } from './roles';

describe('who may widen a breach’s affected customers', () => {
  const cases = ROLES.flatMap((role) => BREACH_STATUSES.map((status) => [role, status] as const));
  it.each(cases)('%s on an incident %s', (role, status) => {
    const refusal = widenRefusal(role, { status });
    if (role !== 'admin') expect(refusal?.status).toBe(403);
    else if (status === 'closed') expect(refusal).toEqual({ status: 409, message: INCIDENT_CLOSED });
    else expect(refusal).toBeNull();
  });
});

describe('reading a widening', () => {
  it('takes the customer list’s filters, or all: true, and names the choice in the note', () => {
    const byFilter = parseAffectedRequest({ filter: { status: 'active', q: ' Kindi ' }, wouldAdd: 3 }, 'widen');
    expect(byFilter).toEqual({ ok: true, value: { filter: { equals: { status: ['active'] }, search: 'Kindi', ranges: [] }, described: 'filter {"status":"active","q":" Kindi "}', wouldAdd: 3 } });
    const all = parseAffectedRequest({ all: true }, 'preview');
    expect(all).toMatchObject({ ok: true, value: { filter: { equals: {}, search: null, ranges: [] }, wouldAdd: null } });
    expect(all.ok && widenedNote(12, all.value)).toBe('Affected customers widened: +12 by all customers');
  });

  it.each([
    [null, SELECTION_REQUIRED],
    [{}, SELECTION_REQUIRED],
    [{ all: false }, SELECTION_REQUIRED],
    [{ all: true, filter: { status: 'active' } }, SELECTION_REQUIRED],
    [{ filter: {} }, EMPTY_FILTER],
    [{ filter: { q: '   ' } }, EMPTY_FILTER],
    [{ filter: { status: 'gone' } }, 'Filter status must be one of: active, erased'],
    [{ filter: { birth_date_gte: '2000-01-01' } }, /Unknown filter 'birth_date_gte'/],
    [{ filter: { q: '4111 1111 1111 1111' } }, /payment card number/],
    [{ filter: { status: 'active' }, wouldAdd: 1 }, /Unknown field 'wouldAdd'/],
  ])('refuses the preview %j', (body, message) => {
    const parsed = parseAffectedRequest(body, 'preview');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it.each([[{ all: true }], [{ all: true, wouldAdd: -1 }], [{ all: true, wouldAdd: 1.5 }], [{ all: true, wouldAdd: '3' }]])('asks a widening %j for the count the user saw', (body) => {
    expect(parseAffectedRequest(body, 'widen')).toEqual({ ok: false, message: EXPECTED_COUNT_REQUIRED });
  });

  it('cuts the note of a filter too long for a history note', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1);
    const parsed = parseAffectedRequest({ filter: { id: ids } }, 'preview');
    const note = parsed.ok ? widenedNote(1000, parsed.value) : '';
    expect(note).toHaveLength(NOTE_LENGTH);
    expect(note).toMatch(/^Affected customers widened: \+1000 by filter \{"id":\[1,2,3,.*…$/);
  });

  it('would add those matching that are not affected yet', () => {
    expect(previewOf(10, 4)).toEqual({ matching: 10, alreadyAffected: 4, wouldAdd: 6 });
  });
});
