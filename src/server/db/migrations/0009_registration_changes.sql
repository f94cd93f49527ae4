-- A counter per assembly that moves whenever its registrations change (insert, update, delete), kept by
-- statement-level triggers: readers that must notice changes (the organisations registry behind the
-- associativity suggestions) compare one number instead of scanning thousands of registrations.
-- No foreign key: a cascade deleting an assembly's registrations must not fail on it.
CREATE TABLE registration_changes (
  assembly_id uuid PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION bump_registration_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registration_changes (assembly_id, version)
  SELECT DISTINCT assembly_id, 1 FROM changed
  ON CONFLICT (assembly_id) DO UPDATE SET version = registration_changes.version + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER registrations_inserted AFTER INSERT ON registrations
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_registration_changes();
CREATE TRIGGER registrations_updated AFTER UPDATE ON registrations
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_registration_changes();
CREATE TRIGGER registrations_deleted AFTER DELETE ON registrations
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_registration_changes();

INSERT INTO registration_changes (assembly_id, version)
SELECT assembly_id, 1 FROM registrations GROUP BY assembly_id;
