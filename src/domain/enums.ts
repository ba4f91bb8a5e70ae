/** An enum's values: at least one. */
type EnumValues = readonly [string, ...string[]];

/**
 * One enumeration of the domain, defined once: its values (their literal types kept), where their
 * labels are translated, and a type guard. Schemas, list filters, fields and choices all read it,
 * so no view pairs a translation group with a values array by hand.
 */
export interface DomainEnum<T extends EnumValues = EnumValues> {
  /** what the enum is called; its labels are translated under this name */
  readonly name: string;
  readonly values: T;
  /** the translation key of one value's label */
  labelKey(value: string): string;
  includes(value: unknown): value is T[number];
}

export type EnumValue<E extends DomainEnum> = E['values'][number];

function makeEnum<const T extends EnumValues>(name: string, values: T, labelKey: (value: string) => string): DomainEnum<T> {
  const known = new Set<unknown>(Object.freeze(values));
  return Object.freeze({ name, values, labelKey, includes: (value: unknown): value is T[number] => known.has(value) });
}

/** An enum whose labels are `privacy.enums.<name>.<value>`. */
export function defineEnum<const T extends EnumValues>(name: string, values: T): DomainEnum<T> {
  return makeEnum(name, values, (value) => `privacy.enums.${name}.${value}`);
}

/** An enum of API resource names, labelled with each resource's own name (`resources.<name>.name`). */
export function defineResourceEnum<const T extends EnumValues>(values: T): DomainEnum<T> {
  return makeEnum('resource', values, (value) => `resources.${value}.name`);
}
