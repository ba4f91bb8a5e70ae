import type { DeletionScope } from './deletionTickets';
import type { PrivacySettings } from './settings';
import { businessDaysFrom, calendarDaysFrom, earliestDeadline, type Deadline } from './businessDays';

export const MARKETING_EMAIL_RULE = 'policy.marketing_email_1_business_day';
export const DELETION_PERIOD_RULE = 'settings.deletion_period_days';

/**
 * Every rule that sets the due date of a deletion ticket (PRODUCT.md, "Deletion tickets"), each with
 * its name. Pure: the caller loads the settings and the holiday calendar.
 */
export function deletionTicketDeadlines(
  scope: DeletionScope,
  receivedAt: Date,
  settings: Pick<PrivacySettings, 'deletion_period_days'>,
  holidays: ReadonlySet<string>,
): Deadline[] {
  if (scope === 'marketing_email') {
    return [
      {
        rule: MARKETING_EMAIL_RULE,
        // the policy says "immediately"; 1 business day is how the store reads it, well inside CAN-SPAM's 10
        description: 'Privacy policy: marketing address removed within 1 business day (CAN-SPAM ceiling 10)',
        due: businessDaysFrom(receivedAt, 1, holidays),
      },
    ];
  }
  const days = settings.deletion_period_days;
  return [
    {
      rule: DELETION_PERIOD_RULE,
      description: `Deletion period set in settings: ${days} days (PDPL maximum 45)`,
      due: calendarDaysFrom(receivedAt, days),
    },
  ];
}

/** The date a deletion ticket is due: the earliest of its deadlines, with the rule that set it. */
export function deletionTicketDue(
  scope: DeletionScope,
  receivedAt: Date,
  settings: Pick<PrivacySettings, 'deletion_period_days'>,
  holidays: ReadonlySet<string>,
): { due: Date; rule: string; description: string } {
  const { due, rule, description } = earliestDeadline(deletionTicketDeadlines(scope, receivedAt, settings, holidays));
  return { due, rule, description };
}

/** When an access request must be answered: the deletion period the settings set, which the PDPL caps at 45 days for every request. */
export function accessRequestDue(receivedAt: Date, settings: Pick<PrivacySettings, 'deletion_period_days'>): { due: Date; rule: string; description: string } {
  const days = settings.deletion_period_days;
  return { due: calendarDaysFrom(receivedAt, days), rule: DELETION_PERIOD_RULE, description: `Response period (the deletion period set in settings): ${days} days (PDPL maximum 45)` };
}
