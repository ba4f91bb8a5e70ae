/** Editing the draft is for its authors, before and between reviews; afterwards it is evidence. */
export const referralEditRefusal = (record: Record<string, unknown>) =>
  record.status === 'draft' || record.status === 'changes_requested' ? null : 'A referral can be edited only as a draft or when the legal advisor asked for changes';
