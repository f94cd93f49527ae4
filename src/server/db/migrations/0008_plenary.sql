-- Momento 5 (issue 8): the plenary. Each table's agenda consolidated from its sub-tables' need pieces (the
-- pieces themselves are never changed), the audit of that consolidation with undo, the approval votes (hand
-- counts or digital ballots), the agenda's lock with the approved document frozen in it, the plenary screen's
-- step, and the commitments followed after the day.

CREATE TABLE plenary_items (
  id uuid PRIMARY KEY,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plenary_items_table_idx ON plenary_items(table_id, position);
CREATE INDEX plenary_items_assembly_idx ON plenary_items(assembly_id);

-- The original need pieces each item stands for: a need is in exactly one item.
CREATE TABLE plenary_item_needs (
  need_id uuid PRIMARY KEY REFERENCES puzzle_needs(id) ON DELETE CASCADE,
  item_id uuid NOT NULL REFERENCES plenary_items(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  position integer NOT NULL
);
CREATE INDEX plenary_item_needs_item_idx ON plenary_item_needs(item_id, position);
CREATE INDEX plenary_item_needs_assembly_idx ON plenary_item_needs(assembly_id);

-- Every consolidation edit of a table: who, when, the table's items before and after. Undo restores the
-- latest edit not yet undone and is itself recorded (kind 'undo').
CREATE TABLE plenary_edits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid NOT NULL REFERENCES assembly_tables(id) ON DELETE CASCADE,
  -- merge | reword | reorder | undo
  kind text NOT NULL,
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  actor_label text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  undone_at timestamptz,
  undone_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX plenary_edits_table_idx ON plenary_edits(table_id, at);

-- An approval vote on one table's agenda (table_id) or on the whole agenda (table_id NULL).
CREATE TABLE plenary_votes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid REFERENCES assembly_tables(id) ON DELETE CASCADE,
  -- hand | digital
  method text NOT NULL,
  -- majority | percent | count, with its value for percent and count
  quorum_kind text NOT NULL,
  quorum_value integer,
  -- simple | absolute | two_thirds
  majority text NOT NULL,
  -- People checked in when the vote opened.
  quorum_basis integer NOT NULL,
  -- open | closed
  status text NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
  closed_at timestamptz,
  closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
  -- The result, from the hand count or the ballots, once closed.
  votes_for integer,
  votes_against integer,
  votes_abstain integer,
  quorum_required integer,
  quorum_met boolean,
  -- approved | rejected | no_quorum
  outcome text
);
-- One vote open at a time per assembly: the phones vote in "the open vote".
CREATE UNIQUE INDEX plenary_votes_open_idx ON plenary_votes(assembly_id) WHERE status = 'open';
CREATE INDEX plenary_votes_assembly_idx ON plenary_votes(assembly_id, opened_at);

-- A digital ballot: one per person and vote, changeable until the vote closes.
CREATE TABLE plenary_ballots (
  vote_id uuid NOT NULL REFERENCES plenary_votes(id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  -- for | against | abstain
  choice text NOT NULL,
  cast_at timestamptz NOT NULL DEFAULT now(),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changes integer NOT NULL DEFAULT 0,
  PRIMARY KEY (vote_id, registration_id)
);

-- The agenda locked after its approval, with the approved agenda document as it was; reopening keeps the row
-- and records who, when and why.
CREATE TABLE plenary_locks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  vote_id uuid REFERENCES plenary_votes(id) ON DELETE SET NULL,
  locked_at timestamptz NOT NULL DEFAULT now(),
  locked_by uuid REFERENCES users(id) ON DELETE SET NULL,
  locked_by_label text NOT NULL,
  document jsonb NOT NULL,
  reopened_at timestamptz,
  reopened_by uuid REFERENCES users(id) ON DELETE SET NULL,
  reopened_by_label text,
  reopen_reason text
);
CREATE UNIQUE INDEX plenary_locks_active_idx ON plenary_locks(assembly_id) WHERE reopened_at IS NULL;
CREATE INDEX plenary_locks_assembly_idx ON plenary_locks(assembly_id, locked_at);

-- What the plenary screen shows: a table's presentation at a step (table_id NULL: the whole agenda).
CREATE TABLE plenary_screens (
  assembly_id uuid PRIMARY KEY REFERENCES assemblies(id) ON DELETE CASCADE,
  table_id uuid REFERENCES assembly_tables(id) ON DELETE SET NULL,
  step integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The commitments of the approved agenda: one per plan item, followed after the day. They keep their own copy
-- of the plan item's text (the piece may change or go); withdrawn_at marks one whose plan item left the agenda
-- when it was reopened and approved again.
CREATE TABLE commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  plan_item_id uuid NOT NULL,
  table_id uuid REFERENCES assembly_tables(id) ON DELETE SET NULL,
  axis text NOT NULL,
  need text NOT NULL,
  action text NOT NULL,
  owner text NOT NULL,
  due text NOT NULL,
  resources text NOT NULL DEFAULT '',
  -- pending | in_progress | done | cancelled
  status text NOT NULL DEFAULT 'pending',
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_label text,
  UNIQUE (assembly_id, plan_item_id)
);
CREATE INDEX commitments_assembly_idx ON commitments(assembly_id, table_id);

CREATE TABLE commitment_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commitment_id uuid NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  noted_on date NOT NULL,
  text text NOT NULL,
  author_id uuid REFERENCES users(id) ON DELETE SET NULL,
  author_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commitment_notes_commitment_idx ON commitment_notes(commitment_id, noted_on);
