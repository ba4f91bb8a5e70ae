import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { isMaskedValue } from '../../domain/masking';

/**
 * The same zod schema the server checks a write with, as the form's validator. Masked values are
 * left out of the check: they stand for the stored value, which the server keeps.
 */
export function formResolver(schema: z.ZodType<Record<string, unknown>>): Resolver<FieldValues> {
  // The schema transforms values (trimming, '' → null); the form keeps what the user typed and sends that.
  const resolve = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return (values, context, options) => {
    const unmasked = Object.fromEntries(Object.entries(values).filter(([, v]) => !isMaskedValue(v)));
    return resolve({ ...unmasked }, context, options);
  };
}
