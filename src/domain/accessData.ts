/** The readable part of a person's data file: what each section holds, in sentences (the JSON beside it is the machine-readable part). */
export function accessSummary(data: {
  exported_at: string;
  customer: Record<string, unknown>;
  consent_requests: readonly unknown[];
  deletion_tickets: readonly unknown[];
  access_requests: readonly unknown[];
  mail_sent: readonly unknown[];
}): string[] {
  const c = data.customer;
  const given = (label: string, value: unknown) => (value == null || value === '' ? null : `${label}: ${String(value)}`);
  return [
    `This file lists the personal data we held about you on ${data.exported_at.slice(0, 10)}.`,
    ...[
      given('Name', c.full_name),
      given('Username', c.username),
      given('E-mail', c.email),
      given('Phone', c.phone),
      given('Date of birth', c.birth_date),
      given('ID number', c.id_number),
      given('Address', c.address),
      given('School', c.school),
      `Newsletter: ${c.newsletter ? 'subscribed' : 'not subscribed'}`,
    ].filter((line): line is string => line !== null),
    `Consent requests about you: ${data.consent_requests.length}.`,
    `Deletion requests about you: ${data.deletion_tickets.length}.`,
    `Requests for your data: ${data.access_requests.length}.`,
    `Mail we sent to your address: ${data.mail_sent.length}.`,
  ];
}
