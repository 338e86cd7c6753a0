-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "nameUr" TEXT;

-- AlterTable
ALTER TABLE "Deliverable" ADD COLUMN     "titleUr" TEXT;

-- AlterTable
ALTER TABLE "ImpactMetric" ADD COLUMN     "unitUr" TEXT;

-- AlterTable
ALTER TABLE "YearReview" ADD COLUMN     "titleUr" TEXT;

