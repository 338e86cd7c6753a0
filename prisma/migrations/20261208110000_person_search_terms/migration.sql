-- Keeps "PersonSearchTerm" in step with "User": the words staff type to find a person across
-- cycles (docs/decisions: person search and imports). Each term is matched by prefix
-- (term LIKE 'abc%') on the text_pattern_ops index built by 20261208100000_recruitment_depth.
-- Terms: the name's words lower-cased, the email and its local part, the phone's digits in
-- both the 03.. and 92.. forms, the CNIC's 13 digits. A trigger rather than application code
-- so every writer (sign-up, invitation, profile edits, imports, the seed, raw SQL in the
-- scale seed) keeps them right; pg_dump restores triggers after the data, so a restore copies
-- the terms once and the primary key refuses a second copy.

CREATE FUNCTION "daftar_person_terms"(p_name TEXT, p_email TEXT, p_phone TEXT, p_cnic TEXT)
RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $fn$
  SELECT DISTINCT left(t, 200) FROM (
    SELECT w AS t FROM regexp_split_to_table(lower(coalesce(p_name, '')), '[[:space:],.()"]+') AS w
    UNION ALL SELECT lower(p_email)
    UNION ALL SELECT split_part(lower(p_email), '@', 1)
    UNION ALL SELECT CASE
      WHEN d ~ '^92[0-9]{10}$' THEN '0' || substr(d, 3)
      WHEN d ~ '^0[0-9]{10}$' THEN d END
      FROM (SELECT regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g') AS d) p
    UNION ALL SELECT CASE
      WHEN d ~ '^92[0-9]{10}$' THEN d
      WHEN d ~ '^0[0-9]{10}$' THEN '92' || substr(d, 2) END
      FROM (SELECT regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g') AS d) p
    UNION ALL SELECT nullif(regexp_replace(coalesce(p_cnic, ''), '[^0-9]', '', 'g'), '')
  ) terms
  WHERE t IS NOT NULL AND t <> ''
$fn$;

-- Inserts: once per statement, over all the new rows (an import adds a thousand accounts in one
-- INSERT, and their terms in one more).
CREATE FUNCTION "daftar_person_search_terms_insert"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "PersonSearchTerm" ("userId", "term")
    SELECT n."id", t FROM new_users n, LATERAL "daftar_person_terms"(n."name", n."email", n."phone", n."cnic") AS t
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$fn$;

-- Updates of the searched columns: the person's terms replaced (row by row: a trigger on
-- named columns cannot see transition tables).
CREATE FUNCTION "daftar_person_search_terms_update"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM "PersonSearchTerm" WHERE "userId" = NEW."id";
  INSERT INTO "PersonSearchTerm" ("userId", "term")
    SELECT NEW."id", t FROM "daftar_person_terms"(NEW."name", NEW."email", NEW."phone", NEW."cnic") AS t
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "User_person_search_terms_insert" AFTER INSERT ON "User"
  REFERENCING NEW TABLE AS new_users
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_person_search_terms_insert"();
CREATE TRIGGER "User_person_search_terms_update" AFTER UPDATE OF "name", "email", "phone", "cnic" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "daftar_person_search_terms_update"();

-- Backfill the people already there.
INSERT INTO "PersonSearchTerm" ("userId", "term")
  SELECT u."id", t FROM "User" u, LATERAL "daftar_person_terms"(u."name", u."email", u."phone", u."cnic") AS t
  ON CONFLICT DO NOTHING;
