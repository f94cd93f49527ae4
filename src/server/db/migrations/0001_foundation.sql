-- Foundation: accounts, convenios, assemblies, agenda, axes, registrations, consents, events, audit.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

CREATE TABLE agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  year integer NOT NULL,
  partner_name text NOT NULL,
  supervisor_name text NOT NULL DEFAULT '',
  starts_on date,
  ends_on date,
  legend text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (number, year)
);

CREATE TABLE consent_texts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  version integer NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agreement_id, version)
);

-- Scopes of staff accounts: a partner operator or supervisor on convenios, desk staff on an assembly,
-- a group leader on one table of one assembly.
CREATE TABLE user_scopes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  agreement_id uuid REFERENCES agreements(id) ON DELETE CASCADE,
  assembly_id uuid,
  table_id uuid
);
CREATE INDEX user_scopes_user_idx ON user_scopes(user_id);

CREATE TABLE axes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  position integer NOT NULL,
  name text NOT NULL,
  definition text NOT NULL,
  color text NOT NULL,
  active boolean NOT NULL DEFAULT true
);

CREATE TABLE assemblies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES agreements(id),
  name text NOT NULL,
  department_code text NOT NULL,
  municipality_code text NOT NULL,
  venue text NOT NULL DEFAULT '',
  date date NOT NULL,
  capacity integer NOT NULL DEFAULT 500,
  project_name text NOT NULL DEFAULT '',
  project_description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assemblies_agreement_idx ON assemblies(agreement_id);

-- One thematic table (mesa, a group of ~100) per axis; a local table has no national axis.
CREATE TABLE assembly_tables (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  axis_id uuid REFERENCES axes(id),
  position integer NOT NULL,
  name text NOT NULL,
  definition text NOT NULL,
  color text NOT NULL,
  capacity integer NOT NULL DEFAULT 100,
  enabled boolean NOT NULL DEFAULT true,
  UNIQUE (assembly_id, axis_id)
);

CREATE TABLE agenda_blocks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  start_minute integer NOT NULL,
  end_minute integer NOT NULL,
  description text NOT NULL DEFAULT '',
  responsible text NOT NULL DEFAULT ''
);
CREATE INDEX agenda_blocks_assembly_idx ON agenda_blocks(assembly_id, position);

CREATE TABLE registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  document_type text NOT NULL,
  document_number text NOT NULL,
  first_names text NOT NULL,
  last_names text NOT NULL,
  birth_date date NOT NULL,
  sex text NOT NULL,
  gender_identity text,
  phone text NOT NULL,
  email text,
  department_code text NOT NULL,
  municipality_code text NOT NULL,
  zone text NOT NULL,
  population_groups text[] NOT NULL DEFAULT '{}',
  economy text NOT NULL,
  organization_name text,
  organization_nit text,
  organization_type text NOT NULL DEFAULT 'sin_organizacion',
  organization_role text,
  economic_sector text,
  products_services text,
  preferred_axes text[] NOT NULL DEFAULT '{}',
  knows_pit boolean NOT NULL DEFAULT false,
  heard_via text,
  ethnicity text,
  disability boolean,
  conflict_victim boolean,
  guardian_name text,
  guardian_document_type text,
  guardian_document_number text,
  extra jsonb NOT NULL DEFAULT '{}'::jsonb,
  source text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assembly_id, document_type, document_number)
);
CREATE INDEX registrations_person_idx ON registrations(document_type, document_number);

-- Every consent, with the text version and the channel: data processing, sensitive data, legal guardian.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  registration_id uuid NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  kind text NOT NULL,
  text_version integer NOT NULL,
  channel text NOT NULL,
  given_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consents_registration_idx ON consents(registration_id);

-- Domain events, written in the same transaction as the change; NOTIFY wakes the fan-out.
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  assembly_id uuid,
  type text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_assembly_idx ON events(assembly_id, id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor_id uuid,
  actor_label text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_entity_idx ON audit_log(entity, entity_id);
