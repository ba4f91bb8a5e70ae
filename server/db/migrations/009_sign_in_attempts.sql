-- Sign-in attempts, counted in the database: every server instance on one PostgreSQL sees the same
-- count, and an attempt is reserved ('pending') before its password is checked, so attempts sent all
-- at once cannot slip past the limit while the slow hash runs (server/auth/signInAttempts.ts).
CREATE TABLE sign_in_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- the name as typed, lower-cased, or '(unrecognised name)': never a password typed in the wrong box
  account text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'failed', 'succeeded'))
);
CREATE INDEX sign_in_attempts_account_idx ON sign_in_attempts (account, at);
CREATE INDEX sign_in_attempts_address_idx ON sign_in_attempts (address, at);
CREATE INDEX sign_in_attempts_at_idx ON sign_in_attempts (at);
