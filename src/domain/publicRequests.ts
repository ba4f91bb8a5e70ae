import { z } from 'zod';

/**
 * The public privacy page (issue 12): a person asks for their data to be deleted, or for marketing
 * mail to stop, by giving an address. A request becomes real only once its confirmation link, mailed
 * to that address, is used, so the address is proven; the page answers the same whether or not the
 * address is a customer's (it never looks), and each address and each client may ask only so often.
 */

export const PUBLIC_REQUEST_KIND = ['access', 'correction', 'delete_account', 'stop_marketing'] as const;
export type PublicRequestKind = (typeof PUBLIC_REQUEST_KIND)[number];

/** How a confirmed request is entered: the deletion ticket it opens, or (for a copy of one's data) an access request. */
export const TICKET_SCOPE: Readonly<Record<Exclude<PublicRequestKind, 'access' | 'correction'>, 'account' | 'marketing_email'>> = {
  delete_account: 'account',
  stop_marketing: 'marketing_email',
};

export const PUBLIC_LIMITS = {
  windowMs: 60 * 60_000,
  /** requests for one address within the window: more would let anyone flood someone's inbox */
  perAddress: 3,
  /** requests from one client within the window */
  perClient: 10,
};

/** A confirmation link works for a day, once. */
export const CONFIRMATION_HOURS = 24;

export const CORRECTION_DETAILS_REQUIRED = 'Say what is wrong, so we know what to correct';

export const publicRequestSchema = z
  .object({
    email: z.string({ error: 'Give your e-mail address' }).trim().toLowerCase().pipe(z.email({ error: 'That is not an e-mail address' }).max(254, 'That address is too long')),
    name: z.string().trim().max(200, 'At most 200 characters').optional().transform((n) => n || null),
    kind: z.enum(PUBLIC_REQUEST_KIND, { error: 'Choose what you want us to do' }),
    // what is wrong, for a correction; ignored for the other requests
    details: z.string().trim().max(2000, 'At most 2,000 characters').optional().transform((d) => d || null),
  })
  .refine((r) => r.kind !== 'correction' || r.details, { message: CORRECTION_DETAILS_REQUIRED, path: ['details'] })
  .transform((r) => ({ ...r, details: r.kind === 'correction' ? r.details : null }));
export type PublicRequest = z.infer<typeof publicRequestSchema>;

/** The form as posted (every value a string, or missing), read into a request or a message per field. */
export function parsePublicRequest(form: Record<string, unknown>): { ok: true; value: PublicRequest } | { ok: false; errors: Record<string, string> } {
  const parsed = publicRequestSchema.safeParse({ email: form.email, name: form.name || undefined, kind: form.kind, details: form.details || undefined });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
}

const WHAT: Readonly<Record<PublicRequestKind, string>> = {
  access: 'send you a copy of the personal data we hold about you',
  correction: 'correct the personal data we hold about you',
  delete_account: 'delete your account and the personal data we hold about you',
  stop_marketing: 'stop sending you marketing e-mail',
};

/** The mail with the link that makes the request real; it says what was asked, never whether the address is a customer's. */
export function confirmationMail(kind: PublicRequestKind, url: string, storeName: string) {
  return {
    subject: `Confirm your request to ${storeName}`,
    text:
      `Someone, probably you, asked ${storeName} to ${WHAT[kind]}.\n\n` +
      `To confirm, open this link within ${CONFIRMATION_HOURS} hours: ${url}\n\n` +
      `If you did not ask, ignore this message: nothing happens without the confirmation.`,
  };
}

/** The record a confirmed request opens (a deletion ticket, or an access request): the address proven, the channel the web form. */
export function ticketForConfirmed(request: { kind: PublicRequestKind; email: string; requester_name: string | null; details?: string | null }, confirmedAt: Date) {
  const common = {
    requester_name: request.requester_name ?? request.email,
    requester_email: request.email,
    channel: 'web_form',
    received_at: confirmedAt.toISOString(),
    notes: `Filed on the public privacy page; the address was proven by its confirmation link on ${confirmedAt.toISOString()}.`,
  };
  if (request.kind === 'access') return { resource: 'access-requests' as const, values: common };
  if (request.kind === 'correction') return { resource: 'correction-requests' as const, values: { ...common, requested_correction: request.details ?? '' } };
  return { resource: 'deletion-tickets' as const, values: { ...common, scope: TICKET_SCOPE[request.kind] } };
}
