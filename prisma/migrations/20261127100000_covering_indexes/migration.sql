-- DropIndex
DROP INDEX "Application_cycleId_stage_idx";

-- CreateIndex
CREATE INDEX "Application_cycleId_stage_district_idx" ON "Application"("cycleId", "stage", "district");

-- CreateIndex
CREATE INDEX "ProgressUpdate_fellowshipId_status_periodIndex_late_idx" ON "ProgressUpdate"("fellowshipId", "status", "periodIndex", "late");

