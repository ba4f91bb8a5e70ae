import { createHash } from 'node:crypto';

export interface DisclosureDetails {
  disclosed_on: string;
  disclosure_channel: string;
  authority_reference: string;
}

/** The package as one JSON text and its SHA-256: exactly the approved fields, with the values they have now. */
export function freezeDisclosurePackage(
  referral: Record<string, unknown>,
  customer: Record<string, unknown>,
  details: DisclosureDetails,
  frozenAt: Date,
): { disclosure_package: string; disclosure_sha256: string } {
  const approved = (referral.approved_fields as string[] | null) ?? [];
  const text = JSON.stringify(
    {
      referral_id: referral.id,
      authority: referral.authority,
      authority_reference: details.authority_reference,
      disclosed_on: details.disclosed_on,
      channel: details.disclosure_channel,
      customer_id: referral.customer_id,
      fields: Object.fromEntries(approved.map((f) => [f, customer[f] ?? null])),
      frozen_at: frozenAt.toISOString(),
    },
    null,
    2,
  );
  return { disclosure_package: text, disclosure_sha256: createHash('sha256').update(text).digest('hex') };
}
