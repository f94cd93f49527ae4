-- The words of each assembly's organisations (from their folded name and offer), for the suggestions'
-- misspelling search: a need's word that full text finds nowhere ("cacau") is compared by trigrams with this
-- short vocabulary, not with every organisation's whole text (which took most of a suggestion's time among
-- thousands of organisations). Kept by statement-level triggers; words are only added: a word no
-- organisation uses any more matches nothing in the organisations it then leads to.
CREATE TABLE organization_words (
  assembly_id uuid NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
  word text NOT NULL,
  PRIMARY KEY (assembly_id, word)
);
CREATE INDEX organization_words_trgm_idx ON organization_words USING gin (word gin_trgm_ops);

CREATE FUNCTION collect_organization_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO organization_words (assembly_id, word)
  SELECT DISTINCT changed.assembly_id, w.word
  FROM changed, regexp_split_to_table(changed.search_text, '[^[:alnum:]]+') AS w(word)
  WHERE length(w.word) >= 4
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER organizations_words_inserted AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION collect_organization_words();
CREATE TRIGGER organizations_words_updated AFTER UPDATE ON organizations
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION collect_organization_words();

INSERT INTO organization_words (assembly_id, word)
SELECT DISTINCT o.assembly_id, w.word
FROM organizations o, regexp_split_to_table(o.search_text, '[^[:alnum:]]+') AS w(word)
WHERE length(w.word) >= 4
ON CONFLICT DO NOTHING;
