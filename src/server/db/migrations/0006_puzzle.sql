-- Momento 4, the solidarity puzzle: each sub-table's need pieces, their solution pieces and work-plan items,
-- the change log that makes phone writes idempotent, the shared phase timers, and who is editing.
-- Piece ids are made by the phones (a solution created offline refers to a need created offline).
-- Pieces keep their sub-table (no cascade): deleting a sub-table that already has pieces fails instead of
-- losing what a sub-table built; deleting the assembly removes everything.

CREATE TABLE puzzle_needs (
  id uuid PRIMARY KEY,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  affected_groups text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX puzzle_needs_subtable_idx ON puzzle_needs(subtable_id, created_at);
CREATE INDEX puzzle_needs_assembly_idx ON puzzle_needs(assembly_id);

-- One solution per need.
CREATE TABLE puzzle_solutions (
  id uuid PRIMARY KEY,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id),
  need_id uuid NOT NULL UNIQUE REFERENCES puzzle_needs(id) ON DELETE CASCADE,
  description text NOT NULL,
  cooperation_form text NOT NULL,
  organizations text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX puzzle_solutions_subtable_idx ON puzzle_solutions(subtable_id);
CREATE INDEX puzzle_solutions_assembly_idx ON puzzle_solutions(assembly_id);

-- Work-plan items: who? when? (a month "2025-03" or a quarter "2025-Q2", 2024–2026).
CREATE TABLE puzzle_plan_items (
  id uuid PRIMARY KEY,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id),
  solution_id uuid NOT NULL REFERENCES puzzle_solutions(id) ON DELETE CASCADE,
  action text NOT NULL,
  owner text NOT NULL,
  due text NOT NULL,
  resources text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX puzzle_plan_items_solution_idx ON puzzle_plan_items(solution_id, created_at);
CREATE INDEX puzzle_plan_items_assembly_idx ON puzzle_plan_items(assembly_id);

-- Every applied change, by the id the phone gave it, with the answer it got: a resend gets the same answer.
CREATE TABLE puzzle_changes (
  change_id uuid PRIMARY KEY,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  subtable_id uuid NOT NULL REFERENCES subtables(id) ON DELETE CASCADE,
  kind text NOT NULL,
  piece_id uuid NOT NULL,
  -- phone | staff | paper | import
  source text NOT NULL,
  response jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX puzzle_changes_subtable_idx ON puzzle_changes(subtable_id, applied_at);

-- The phase timer of each table; no row means not started.
CREATE TABLE puzzle_timers (
  table_id uuid PRIMARY KEY REFERENCES assembly_tables(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  phase text NOT NULL,
  running boolean NOT NULL,
  started_at timestamptz,
  elapsed_ms integer NOT NULL,
  duration_ms integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX puzzle_timers_assembly_idx ON puzzle_timers(assembly_id);

-- An assembly's phase lengths in minutes; no row means 15 / 15 / 20.
CREATE TABLE puzzle_settings (
  assembly_id uuid PRIMARY KEY REFERENCES assemblies(id) ON DELETE CASCADE,
  need_minutes integer NOT NULL,
  solution_minutes integer NOT NULL,
  plan_minutes integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Phones with a sub-table open, from their heartbeats: "who else is editing".
CREATE TABLE puzzle_presence (
  subtable_id uuid NOT NULL REFERENCES subtables(id) ON DELETE CASCADE,
  device_id uuid NOT NULL,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  name text NOT NULL DEFAULT '',
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subtable_id, device_id)
);
CREATE INDEX puzzle_presence_assembly_idx ON puzzle_presence(assembly_id, last_seen_at);
