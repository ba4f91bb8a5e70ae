-- Staff accounts are listed through the REST protocol too, which reads unfiltered totals from row_counts.
INSERT INTO row_counts (table_name, n) SELECT 'staff', count(*) FROM staff;
CREATE TRIGGER staff_count_insert AFTER INSERT ON staff
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
CREATE TRIGGER staff_count_delete AFTER DELETE ON staff
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
