import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** The same zod schema the server checks a write with, as the form's validator. */
export function formResolver(schema: z.ZodType<Record<string, unknown>>): Resolver<FieldValues> {
  // The schema transforms values (trimming, '' → null); the form keeps what the user typed and sends that.
  return zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
}
