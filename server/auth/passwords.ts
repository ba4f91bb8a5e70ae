import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export const hashPassword = (password: string) => hash(password);

// Verifying against this when the account does not exist keeps the answer's timing the same.
const NO_ACCOUNT_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ndoc1JXhJt2wb18h0uq2sA$YpjD6muyM2xOHmD0VBb/IrNRkQ39t3sz0p6uqL4Z2KY';

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? NO_ACCOUNT_HASH, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
