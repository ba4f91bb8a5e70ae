-- The customers a breach incident affects (issue 11): the set its notices go to. It can only be widened
-- (the newly found people get their notice too), never narrowed, so nobody is silently dropped from
-- the notification: the database refuses any change or removal, as it does for the audit log.
CREATE TABLE breach_affected_customers (
  incident_id integer NOT NULL REFERENCES breach_incidents (id),
  customer_id integer NOT NULL REFERENCES customers (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  added_by text NOT NULL,
  PRIMARY KEY (incident_id, customer_id)
);

CREATE FUNCTION refuse_affected_narrowing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a breach''s affected customers can only be widened: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER breach_affected_customers_widen_only BEFORE UPDATE OR DELETE ON breach_affected_customers
  FOR EACH ROW EXECUTE FUNCTION refuse_affected_narrowing();
CREATE TRIGGER breach_affected_customers_no_truncate BEFORE TRUNCATE ON breach_affected_customers
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_affected_narrowing();
