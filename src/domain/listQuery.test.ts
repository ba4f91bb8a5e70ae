import { describe, expect, it } from 'vitest';
import { contentRange, parseListQuery } from './listQuery';
import { customers } from './customers';
import { deletionTickets } from './deletionTickets';

const parse = (def = customers, params: Record<string, string> = {}) => parseListQuery(def, new URLSearchParams(params));

describe('parseListQuery', () => {
  it('defaults to the first 25 by id', () => {
    expect(parse()).toEqual({ ok: true, value: { sort: { field: 'id', order: 'ASC' }, range: [0, 24], equals: {}, search: null, ranges: [] } });
  });

  it('answers getMany with every id asked for', () => {
    const r = parse(customers, { filter: '{"id":[4,"9",12]}' });
    expect(r.ok && r.value.range).toEqual([0, 2]);
    expect(r.ok && r.value.equals.id).toEqual([4, 9, 12]);
  });

  it('reads a day filter as the whole Muscat day (UTC+4)', () => {
    const r = parse(deletionTickets, { filter: '{"received_at_gte":"2026-11-19","received_at_lte":"2026-11-19"}' });
    expect(r.ok && r.value.ranges).toEqual([
      { field: 'received_at', op: 'gte', value: '2026-11-18T20:00:00.000Z' },
      { field: 'received_at', op: 'lt', value: '2026-11-19T20:00:00.000Z' },
    ]);
  });

  it('keeps calendar-date filters as dates', () => {
    const holidays = { ...customers, name: 'holidays', dateRanges: { day: 'date' as const } };
    const r = parse(holidays, { filter: '{"day_lte":"2026-11-21"}' });
    expect(r.ok && r.value.ranges).toEqual([{ field: 'day', op: 'lte', value: '2026-11-21' }]);
  });

  it('trims the search and ignores an empty one', () => {
    expect(parse(customers, { filter: '{"q":"  Salim "}' })).toMatchObject({ ok: true, value: { search: 'Salim' } });
    expect(parse(customers, { filter: '{"q":"   "}' })).toMatchObject({ ok: true, value: { search: null } });
  });

  it.each([
    [{ sort: '["full_name","desc"]' }, true],
    [{ sort: '["id_number","ASC"]' }, false], // not sortable: would leak order of a sensitive field
    [{ range: '[0,999]' }, true],
    [{ range: '[0,1000]' }, false],
    [{ filter: '{"status":["active","erased"]}' }, true],
    [{ filter: '{"status":"gone"}' }, false],
    [{ filter: '{"newsletter":"true"}' }, true],
    [{ filter: '{"newsletter":1}' }, false],
    [{ filter: '{"created_at_gte":"2026-11-01T10:00:00+04:00"}' }, true],
    [{ filter: '{"birth_date_gte":"2026-11-01T10:00:00Z"}' }, false],
    [{ filter: '{"id":0}' }, false],
    [{ filter: 'null' }, false],
  ])('%j accepted: %s', (params, ok) => {
    expect(parse(customers, params).ok).toBe(ok);
  });

  it('formats Content-Range, with * for an empty page', () => {
    expect(contentRange('customers', 25, 25, 300)).toBe('customers 25-49/300');
    expect(contentRange('customers', 400, 0, 300)).toBe('customers */300');
  });
});
