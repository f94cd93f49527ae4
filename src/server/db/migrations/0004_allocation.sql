-- Allocation into thematic tables (mesas) and sub-tables (sub-mesas): runs and their locks, seats, manual
-- moves, sub-table leaders, spokespeople, join codes and the capabilities they hand out. Table leaders are
-- staff accounts scoped to a table in user_scopes (table_id).

-- Every allocation saved for an assembly; the latest is the current one. A locked run cannot be re-run.
CREATE TABLE allocation_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  source text NOT NULL,
  subtable_size integer NOT NULL,
  seed integer NOT NULL,
  summary jsonb NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  locked boolean NOT NULL DEFAULT false,
  locked_at timestamptz,
  locked_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX allocation_runs_assembly_idx ON allocation_runs(assembly_id, created_at);

-- An unlock is always recorded with who and why.
CREATE TABLE allocation_unlocks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES allocation_runs(id) ON DELETE CASCADE,
  reason text NOT NULL,
  unlocked_by uuid REFERENCES users(id) ON DELETE SET NULL,
  unlocked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX allocation_unlocks_run_idx ON allocation_unlocks(run_id);

-- A sub-table of a thematic table. Its leader is a participant: suggested by the allocation, then confirmed.
CREATE TABLE subtables (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  position integer NOT NULL,
  label text NOT NULL,
  leader_registration_id uuid REFERENCES registrations(id) ON DELETE SET NULL,
  leader_status text,
  leader_confirmed_by uuid REFERENCES users(id) ON DELETE SET NULL,
  leader_confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (table_id, position)
);
CREATE INDEX subtables_assembly_idx ON subtables(assembly_id);

-- Where each person sits: one seat per registration; place numbers are unique inside a sub-table.
CREATE TABLE seats (
  registration_id uuid PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id) ON DELETE CASCADE,
  place integer NOT NULL,
  placed_by text NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (subtable_id, place)
);
CREATE INDEX seats_assembly_idx ON seats(assembly_id, table_id);

-- A person moved by hand, with the reason. Labels are kept as text: a re-run replaces the sub-tables.
CREATE TABLE allocation_moves (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  from_table_id uuid REFERENCES assembly_tables(id) ON DELETE SET NULL,
  from_subtable_label text,
  to_table_id uuid REFERENCES assembly_tables(id) ON DELETE SET NULL,
  to_subtable_label text NOT NULL,
  reason text NOT NULL,
  moved_by uuid REFERENCES users(id) ON DELETE SET NULL,
  moved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX allocation_moves_assembly_idx ON allocation_moves(assembly_id, moved_at);

-- The table's spokesperson (vocero/a), recorded later in the day.
CREATE TABLE table_spokespeople (
  table_id uuid PRIMARY KEY REFERENCES assembly_tables(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- A sub-table's join code. Codes are never reused; a sub-table has at most one active (not revoked) code.
CREATE TABLE join_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX join_codes_active_idx ON join_codes(subtable_id) WHERE revoked_at IS NULL;

-- What joining with a code hands out: a random token (only its hash is kept), valid while its code is.
CREATE TABLE join_capabilities (
  token_hash text PRIMARY KEY,
  join_code_id uuid NOT NULL REFERENCES join_codes(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX join_capabilities_code_idx ON join_capabilities(join_code_id);

-- Join attempts, counted per IP and per code to refuse guessing (shared by every server on one database).
CREATE TABLE join_attempts (
  id bigserial PRIMARY KEY,
  ip text NOT NULL,
  code text NOT NULL,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX join_attempts_ip_idx ON join_attempts(ip, at);
CREATE INDEX join_attempts_code_idx ON join_attempts(code, at);
