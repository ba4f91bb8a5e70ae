/** What the direct notice to a parent must say (COPPA 16 CFR 312.4(c)(1)), as the e-mail's text. */
export interface ConsentNoticeContent {
  parentName: string;
  childName: string;
  link: string;
  answerDue: Date;
  windowDays: number;
  /** the store's privacy policy (the setting, else PRIVACY_POLICY_URL); null: the notice names where to ask for it instead */
  privacyPolicyUrl: string | null;
  /** where questions go when there is no policy to link */
  contactEmail: string;
  /** the settings' texts: what is collected about the child and why, and the third parties it may go to ('' for none) */
  uses: string;
  recipients: string;
}

const muscatDate = (d: Date) => d.toLocaleDateString('en-GB', { timeZone: 'Asia/Muscat', day: 'numeric', month: 'long', year: 'numeric' });

export function consentNoticeMail(n: ConsentNoticeContent): { subject: string; text: string } {
  return {
    subject: `Your consent is needed for ${n.childName}’s account`,
    text: [
      `Dear ${n.parentName},`,
      '',
      `${n.childName} registered with our store and gave us your e-mail address so that we could ask for your consent. We collected your name and e-mail address, and your child's name, from your child for this purpose only.`,
      '',
      'Your consent is required. Until you give it, we collect, use and disclose nothing more about your child.',
      '',
      `What we would collect about your child, and why: ${n.uses}`,
      '',
      n.recipients
        ? `Third parties: we share a child’s data only with ${n.recipients}, and only if you allow it separately. You can consent to the account and still refuse that disclosure.`
        : 'Third parties: we share a child’s data with no one.',
      '',
      // never a page of the desk itself: its address only leads to the staff sign-in
      n.privacyPolicyUrl ? `Our privacy policy explains all this in full: ${n.privacyPolicyUrl}` : `For our privacy policy, write to us at ${n.contactEmail}.`,
      '',
      `To consent or refuse, open this link (it works once): ${n.link}`,
      '',
      `If we have no answer by ${muscatDate(n.answerDue)} (${n.windowDays} days), we delete your contact details and your child’s.`,
      '',
      'You can later review your child’s data, have it deleted, or withdraw your consent by writing to us.',
    ].join('\n'),
  };
}
