-- CreateEnum
CREATE TYPE "RefereeStatus" AS ENUM ('REQUESTED', 'RECEIVED', 'REPLACED');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('APPLICANTS', 'FELLOWS', 'ALUMNI');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "ApplicationStage" ADD VALUE 'WAITLISTED';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "staffTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "waitlistRank" INTEGER;

-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "carriedFromId" UUID,
ADD COLUMN     "interviewRescheduleHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "refereesRequired" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "slotId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "cnic" TEXT;

-- CreateTable
CREATE TABLE "Referee" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "status" "RefereeStatus" NOT NULL DEFAULT 'REQUESTED',
    "tokenHash" TEXT NOT NULL,
    "tokenExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "letterText" TEXT,
    "letterStorageKey" TEXT,
    "letterFileName" TEXT,
    "letterMimeType" TEXT,
    "letterSizeBytes" INTEGER,
    "letterSha256" TEXT,
    "receivedAt" TIMESTAMPTZ(3),
    "lastRemindedAt" TIMESTAMPTZ(3),
    "reminderCount" INTEGER NOT NULL DEFAULT 0,
    "replacedAt" TIMESTAMPTZ(3),
    "redactedText" TEXT,
    "releasedAt" TIMESTAMPTZ(3),
    "releasedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Referee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlot" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 30,
    "mode" "InterviewMode" NOT NULL,
    "location" TEXT,
    "createdById" UUID NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InterviewSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlotPanelist" (
    "slotId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "InterviewSlotPanelist_pkey" PRIMARY KEY ("slotId","userId")
);

-- CreateTable
CREATE TABLE "ApplicationNote" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" UUID NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliverableTemplate" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "kind" "DeliverableKind" NOT NULL DEFAULT 'DELIVERABLE',
    "title" TEXT NOT NULL,
    "titleUr" TEXT,
    "description" TEXT,
    "dueOffsetDays" INTEGER,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliverableTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricTemplate" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameUr" TEXT,
    "unit" TEXT NOT NULL,
    "unitUr" TEXT,
    "target" DECIMAL(18,2),
    "cumulative" BOOLEAN NOT NULL DEFAULT true,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonSearchTerm" (
    "userId" UUID NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "PersonSearchTerm_pkey" PRIMARY KEY ("userId","term")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "cycleId" UUID,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "mapping" JSONB NOT NULL DEFAULT '{}',
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "startedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referee_tokenHash_key" ON "Referee"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Referee_letterStorageKey_key" ON "Referee"("letterStorageKey");

-- CreateIndex
CREATE INDEX "Referee_applicationId_status_idx" ON "Referee"("applicationId", "status");

-- CreateIndex
CREATE INDEX "Referee_status_tokenExpiresAt_idx" ON "Referee"("status", "tokenExpiresAt");

-- CreateIndex
CREATE INDEX "InterviewSlot_cycleId_startsAt_idx" ON "InterviewSlot"("cycleId", "startsAt");

-- CreateIndex
CREATE INDEX "InterviewSlotPanelist_userId_idx" ON "InterviewSlotPanelist"("userId");

-- CreateIndex
CREATE INDEX "ApplicationNote_applicationId_createdAt_idx" ON "ApplicationNote"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_cycleId_userId_key" ON "DeadlineExtension"("cycleId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MetricTemplate_cycleId_name_key" ON "MetricTemplate"("cycleId", "name");

-- CreateIndex
CREATE INDEX "PersonSearchTerm_term_idx" ON "PersonSearchTerm"("term" text_pattern_ops);

-- CreateIndex
CREATE INDEX "ImportRun_createdAt_idx" ON "ImportRun"("createdAt");

-- CreateIndex
CREATE INDEX "Application_cycleId_waitlistRank_idx" ON "Application"("cycleId", "waitlistRank");

-- CreateIndex
CREATE INDEX "Application_staffTags_idx" ON "Application" USING GIN ("staffTags");

-- CreateIndex
CREATE UNIQUE INDEX "Interview_slotId_key" ON "Interview"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "User_cnic_key" ON "User"("cnic");

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referee" ADD CONSTRAINT "Referee_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referee" ADD CONSTRAINT "Referee_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlotPanelist" ADD CONSTRAINT "InterviewSlotPanelist_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "InterviewSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlotPanelist" ADD CONSTRAINT "InterviewSlotPanelist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationNote" ADD CONSTRAINT "ApplicationNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationNote" ADD CONSTRAINT "ApplicationNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableTemplate" ADD CONSTRAINT "DeliverableTemplate_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricTemplate" ADD CONSTRAINT "MetricTemplate_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonSearchTerm" ADD CONSTRAINT "PersonSearchTerm_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "InterviewSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
