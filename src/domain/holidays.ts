import { z } from 'zod';
import type { ResourceDefinition } from './resourceDefinition';
import { isoDate, requiredText, version } from './fields';
import { defineEnum } from './enums';

/** `lunar` holidays follow the moon sighting: seeded with expected dates and corrected by hand when announced. */
export const HOLIDAY_KIND = defineEnum('holiday_kind', ['fixed', 'lunar']);
export const HOLIDAY_KINDS = HOLIDAY_KIND.values;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  id: number;
  /** the day off as observed (YYYY-MM-DD), which may be a compensation day rather than the occasion itself */
  day: string;
  name: string;
  kind: HolidayKind;
  created_at: string;
  updated_at: string;
  version: number;
}

const holidayFields = {
  day: isoDate,
  name: requiredText(120),
  kind: z.enum(HOLIDAY_KINDS, { error: 'Choose whether the holiday is fixed or lunar' }),
};

export const holidayCreateSchema = z.object(holidayFields);
export const holidayUpdateSchema = z.object({ ...holidayFields, version });

// The calendar business-day deadlines skip. A wrong entry is simply deleted: deadlines already set keep their dates.
export const holidays: ResourceDefinition = {
  name: 'holidays',
  table: 'holidays',
  fields: ['id', 'day', 'name', 'kind', 'created_at', 'updated_at', 'version'],
  sortable: ['id', 'day', 'name'],
  searchable: ['name'],
  filters: { id: { kind: 'id' }, kind: { kind: 'enum', enum: HOLIDAY_KIND } },
  dateRanges: { day: 'date' },
  createSchema: holidayCreateSchema,
  updateSchema: holidayUpdateSchema,
  createDefaults: {},
  deleteRefusal: () => null,
};
