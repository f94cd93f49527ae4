-- Associativity (issue 10): each assembly's registry of organisations, de-duplicated from what participants
-- declared (and the allies of Momento 2), searchable by full text and trigrams, with the operator's merges.

-- The organisation's searchable document: its offer weighs more than its name. Immutable because minga_fold
-- (0002) pins the unaccent dictionary and the text search configuration is named explicitly.
CREATE FUNCTION minga_organization_document(name text, products_services text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('spanish'::regconfig, coalesce(minga_fold(name), '')), 'B')
            || setweight(to_tsvector('spanish'::regconfig, coalesce(minga_fold(products_services), '')), 'A') $$;

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  -- 'registration': declared by participants; 'ally': an institution of Momento 2.
  source text NOT NULL,
  ally_id uuid UNIQUE REFERENCES allies(id) ON DELETE CASCADE,
  name text NOT NULL,
  nit text,
  type text,
  sector text,
  ally_kind text,
  products_services text NOT NULL DEFAULT '',
  municipality_code text,
  preferred_axes text[] NOT NULL DEFAULT '{}',
  chains text[] NOT NULL DEFAULT '{}',
  capacities text[] NOT NULL DEFAULT '{}',
  member_count integer NOT NULL DEFAULT 0,
  search_vector tsvector GENERATED ALWAYS AS (minga_organization_document(name, products_services)) STORED,
  search_text text GENERATED ALWAYS AS (minga_fold(name || ' ' || products_services)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organizations_assembly_idx ON organizations(assembly_id);
CREATE INDEX organizations_search_idx ON organizations USING gin (search_vector);
CREATE INDEX organizations_search_trgm_idx ON organizations USING gin (search_text gin_trgm_ops);

-- Every way an organisation was declared (normalised name key, acronym, NIT base): how the next declaration
-- written that way finds it, and how a merge keeps holding after new registrations arrive.
CREATE TABLE organization_aliases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL,
  value text NOT NULL,
  UNIQUE (organization_id, kind, value)
);
CREATE INDEX organization_aliases_assembly_idx ON organization_aliases(assembly_id, value);

-- Which registration declared which organisation.
CREATE TABLE organization_members (
  registration_id uuid PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE
);
CREATE INDEX organization_members_organization_idx ON organization_members(organization_id);

-- The operator's merges, with what the merged organisation was, so a wrong merge can be traced.
CREATE TABLE organization_merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  target_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
  target_name text NOT NULL,
  merged_name text NOT NULL,
  merged jsonb NOT NULL,
  merged_by uuid REFERENCES users(id) ON DELETE SET NULL,
  merged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_merges_assembly_idx ON organization_merges(assembly_id, merged_at);

-- Pairs the operator looked at and kept apart: no longer offered as possible duplicates.
CREATE TABLE organization_distinct_pairs (
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  first_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  second_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (first_id, second_id)
);
CREATE INDEX organization_distinct_pairs_assembly_idx ON organization_distinct_pairs(assembly_id);

-- What the registry was last built from (registrations and allies: count and latest change), so it is rebuilt
-- only when they changed.
CREATE TABLE organization_registry_state (
  assembly_id uuid PRIMARY KEY REFERENCES assemblies(id) ON DELETE CASCADE,
  fingerprint text NOT NULL,
  synced_at timestamptz NOT NULL DEFAULT now()
);
