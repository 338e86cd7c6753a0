-- DropIndex
DROP INDEX "Notification_status_idx";

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "lastAttemptAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");
