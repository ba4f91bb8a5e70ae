import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineEnum, defineResourceEnum, type EnumValue } from './enums';
import { RESOURCES } from './resources';
import { STEP_INPUTS } from './stepInputs';
import { en } from '../i18n/en';

describe('defineEnum', () => {
  const SIZE = defineEnum('size', ['small', 'large']);

  it('keeps the values and their literal types', () => {
    expect(SIZE.values).toEqual(['small', 'large']);
    expectTypeOf<EnumValue<typeof SIZE>>().toEqualTypeOf<'small' | 'large'>();
  });

  it('tells its values from anything else', () => {
    expect(SIZE.includes('small')).toBe(true);
    for (const other of ['medium', 'Small', '', null, undefined, 1, ['small']]) expect(SIZE.includes(other)).toBe(false);
  });

  it('labels a value under privacy.enums.<name>, a resource name with the resource’s own name', () => {
    expect(SIZE.labelKey('large')).toBe('privacy.enums.size.large');
    expect(defineResourceEnum(['customers']).labelKey('customers')).toBe('resources.customers.name');
  });

  it('cannot be changed once defined', () => {
    expect(Object.isFrozen(SIZE)).toBe(true);
    expect(Object.isFrozen(SIZE.values)).toBe(true);
  });
});

describe('every enum a list is filtered by or a step asks for', () => {
  const enums = [
    ...RESOURCES.flatMap((def) => Object.values(def.filters).flatMap((f) => (f.kind === 'enum' ? [f.enum] : []))),
    ...Object.values(STEP_INPUTS).flatMap((spec) => ('enum' in spec ? [spec.enum] : [])),
  ];
  const keys = [...new Set(enums.flatMap((e) => e.values.map((v) => e.labelKey(v))))];
  const translation = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);

  it.each(keys)('has an English label: %s', (key) => {
    expect(translation(key)).toEqual(expect.any(String));
  });
});
