-- Run of the day: what actually happened to each agenda block, the plenary projector and its slides,
-- Momento 1 materials, Momento 2 allies, Momento 3 experiences (timers, guiding questions, systematisation).

-- One row per agenda block once it is started or skipped; agenda block ids are stable across agenda edits.
CREATE TABLE block_runs (
  block_id uuid PRIMARY KEY REFERENCES agenda_blocks(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  started_at timestamptz,
  ended_at timestamptz,
  skipped boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX block_runs_assembly_idx ON block_runs(assembly_id);

-- Uploaded files live under <dataDir>/uploads/<file_key>; a slide or material is a file or a link.
CREATE TABLE slides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL DEFAULT '',
  kind text NOT NULL,
  url text,
  file_key text,
  file_name text,
  mime_type text,
  size_bytes integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slides_assembly_idx ON slides(assembly_id, position);

CREATE TABLE experiences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  position integer NOT NULL,
  organization text NOT NULL,
  presenter text NOT NULL DEFAULT '',
  municipality_code text NOT NULL,
  theme text NOT NULL DEFAULT '',
  duration_seconds integer NOT NULL DEFAULT 600,
  timer_started_at timestamptz,
  timer_stopped_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experiences_assembly_idx ON experiences(assembly_id, position);

-- What the plenary screen shows; the screen key opens the projector page without a staff session.
CREATE TABLE projector_screens (
  assembly_id uuid PRIMARY KEY REFERENCES assemblies(id) ON DELETE CASCADE,
  screen_key text NOT NULL UNIQUE,
  view text NOT NULL DEFAULT 'welcome',
  slide_id uuid REFERENCES slides(id) ON DELETE SET NULL,
  experience_id uuid REFERENCES experiences(id) ON DELETE SET NULL,
  table_id uuid REFERENCES assembly_tables(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE materials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  block_id uuid NOT NULL REFERENCES agenda_blocks(id) ON DELETE CASCADE,
  title text NOT NULL,
  url text,
  file_key text,
  file_name text,
  mime_type text,
  size_bytes integer,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX materials_assembly_idx ON materials(assembly_id, block_id);

CREATE TABLE allies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  institution text NOT NULL,
  kind text NOT NULL,
  presenter text NOT NULL DEFAULT '',
  offer text NOT NULL DEFAULT '',
  pit_contribution text NOT NULL DEFAULT '',
  contact_name text NOT NULL DEFAULT '',
  contact_phone text NOT NULL DEFAULT '',
  contact_email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX allies_assembly_idx ON allies(assembly_id);

-- The guiding questions and the good-practice criteria list of an assembly; no row means the defaults.
CREATE TABLE experience_templates (
  assembly_id uuid PRIMARY KEY REFERENCES assemblies(id) ON DELETE CASCADE,
  guiding_questions text[] NOT NULL,
  criteria text[] NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE experience_systematisations (
  experience_id uuid PRIMARY KEY REFERENCES experiences(id) ON DELETE CASCADE,
  contributions text NOT NULL DEFAULT '',
  learnings text NOT NULL DEFAULT '',
  difficulties text NOT NULL DEFAULT '',
  opportunities text NOT NULL DEFAULT '',
  criteria text[] NOT NULL DEFAULT '{}',
  updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
