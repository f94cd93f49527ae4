-- Check-in at the desks on the day. An undone check-in keeps its row (undone_at, undone_by) so the record
-- of who marked whom stays; a registration has at most one active (not undone) check-in.
CREATE TABLE check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  desk text NOT NULL,
  by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  walk_in boolean NOT NULL DEFAULT false,
  undone_at timestamptz,
  undone_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX check_ins_active_idx ON check_ins(registration_id) WHERE undone_at IS NULL;
CREATE INDEX check_ins_assembly_idx ON check_ins(assembly_id, at);
