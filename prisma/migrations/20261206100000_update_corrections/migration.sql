-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "correctedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewedById" UUID;

-- CreateTable
CREATE TABLE "ProgressUpdateRevision" (
    "id" UUID NOT NULL,
    "progressUpdateId" UUID NOT NULL,
    "editorId" UUID NOT NULL,
    "reason" TEXT,
    "accomplishments" TEXT NOT NULL,
    "blockers" TEXT,
    "nextSteps" TEXT,
    "hours" INTEGER,
    "links" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdateRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressUpdateRevision_progressUpdateId_createdAt_idx" ON "ProgressUpdateRevision"("progressUpdateId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdateRevision" ADD CONSTRAINT "ProgressUpdateRevision_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdateRevision" ADD CONSTRAINT "ProgressUpdateRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

