-- The import wizard polls its job while it runs: the first data rows (to recognise each column while
-- mapping) are kept beside the whole file, so a poll never reads the file's thousands of rows.
ALTER TABLE import_jobs ADD COLUMN sample jsonb NOT NULL DEFAULT '[]'::jsonb;

UPDATE import_jobs j SET sample = COALESCE((
  SELECT jsonb_agg(e.r::jsonb ORDER BY e.n)
  FROM (
    SELECT r, n FROM json_array_elements(j.rows) WITH ORDINALITY AS cells(r, n)
    WHERE EXISTS (SELECT 1 FROM json_array_elements_text(cells.r) AS cell WHERE cell <> '')
    ORDER BY n LIMIT 3
  ) e
), '[]'::jsonb);
