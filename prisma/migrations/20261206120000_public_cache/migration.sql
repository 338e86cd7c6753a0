-- CreateTable
CREATE TABLE "CacheVersion" (
    "domain" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("domain")
);

-- The public pages' data (programmes, calls and their questions, published reports, completed
-- projects and their figures) is cached per server process and checked against this version
-- on every request. Any statement that changes one of these tables bumps it, inside the same
-- transaction: once the change is visible, so is the new version. The new version is at least
-- the clock in microseconds, so it never repeats even if the table is emptied and refilled.
CREATE FUNCTION "daftar_bump_public_version"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "CacheVersion" ("domain", "version")
  VALUES ('public', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
  ON CONFLICT ("domain") DO UPDATE
    SET "version" = greatest("CacheVersion"."version" + 1, excluded."version");
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Programme_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Programme"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "Cycle_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Cycle"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "FormField_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FormField"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "YearReview_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "YearReview"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "Project_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Project"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "Department_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Department"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "ImpactMetric_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImpactMetric"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
CREATE TRIGGER "ImpactMetricValue_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImpactMetricValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "daftar_bump_public_version"();
