-- Registration: QR credential nonces, desk search, the national admin's extra form fields, bulk import jobs,
-- and the server's own secrets.

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column or an index
-- directly; this wrapper pins the dictionary and is declared IMMUTABLE, the usual PostgreSQL idiom.
CREATE FUNCTION minga_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

ALTER TABLE registrations ADD COLUMN gender_identity_other text;
-- Random per registration (64 bits); the QR credential signs it with the registration id. Changing it
-- revokes a credential.
ALTER TABLE registrations ADD COLUMN credential_nonce text NOT NULL DEFAULT substr(md5(gen_random_uuid()::text), 1, 16);
-- What the desk searches: "first last document", lower case without accents.
ALTER TABLE registrations ADD COLUMN search_text text
  GENERATED ALWAYS AS (minga_fold(first_names || ' ' || last_names || ' ' || document_number)) STORED;
CREATE INDEX registrations_search_trgm_idx ON registrations USING gin (search_text gin_trgm_ops);
CREATE INDEX registrations_document_prefix_idx ON registrations (assembly_id, document_number text_pattern_ops);

-- A person who registers again without the sensitive-data authorisation withdraws it (Ley 1581, art. 8).
ALTER TABLE consents ADD COLUMN withdrawn_at timestamptz;

-- Optional questions the national admin adds to the unified form; answers live in registrations.extra.
CREATE TABLE registration_fields (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  label_es text NOT NULL,
  label_en text NOT NULL,
  type text NOT NULL,
  options jsonb NOT NULL DEFAULT '[]'::jsonb,
  position integer NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One uploaded list: the parsed cells, the column mapping, then the run's progress and row-level results.
CREATE TABLE import_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  file_name text NOT NULL,
  header_row integer NOT NULL,
  headers jsonb NOT NULL,
  rows json NOT NULL,
  mapping jsonb,
  all_consented boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'uploaded',
  total integer NOT NULL,
  processed integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  unchanged_count integer NOT NULL DEFAULT 0,
  invalid_count integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX import_jobs_assembly_idx ON import_jobs(assembly_id, created_at);

-- Keys the server generates on first use (the QR credential signing key); never sent to clients.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
