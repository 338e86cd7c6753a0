-- CreateEnum
CREATE TYPE "PaymentBatchStatus" AS ENUM ('PREPARED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PaymentLineStatus" AS ENUM ('DUE', 'HELD', 'PAID', 'FAILED');

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "completionNeedsDeliverables" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "completionNeedsEvaluations" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "StipendPolicy" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "monthlyPaisa" INTEGER NOT NULL,
    "prorate" BOOLEAN NOT NULL DEFAULT true,
    "holdAfterMissing" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StipendPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankAccount" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "accountTitle" TEXT NOT NULL,
    "bankName" TEXT NOT NULL,
    "iban" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentBatch" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "status" "PaymentBatchStatus" NOT NULL DEFAULT 'PREPARED',
    "preparedById" UUID NOT NULL,
    "preparedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PaymentBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentLine" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "fellowshipId" UUID NOT NULL,
    "forMonth" DATE NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "amountPaisa" INTEGER NOT NULL,
    "reason" JSONB NOT NULL,
    "status" "PaymentLineStatus" NOT NULL DEFAULT 'DUE',
    "accountTitle" TEXT,
    "bankName" TEXT,
    "iban" TEXT,
    "reference" TEXT,
    "failureReason" TEXT,
    "settledAt" TIMESTAMPTZ(3),
    "settledById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PaymentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "fellowshipId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "recipientName" TEXT NOT NULL,
    "programmeName" TEXT NOT NULL,
    "programmeNameUr" TEXT,
    "cycleName" TEXT NOT NULL,
    "cycleNameUr" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "overrideReason" TEXT,
    "issuedById" UUID NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "revokeReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StipendPolicy_cycleId_key" ON "StipendPolicy"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "BankAccount_userId_key" ON "BankAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatch_cycleId_month_key" ON "PaymentBatch"("cycleId", "month");

-- CreateIndex
CREATE INDEX "PaymentLine_batchId_idx" ON "PaymentLine"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentLine_fellowshipId_forMonth_attempt_key" ON "PaymentLine"("fellowshipId", "forMonth", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_fellowshipId_key" ON "Certificate"("fellowshipId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- AddForeignKey
ALTER TABLE "StipendPolicy" ADD CONSTRAINT "StipendPolicy_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankAccount" ADD CONSTRAINT "BankAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentLine" ADD CONSTRAINT "PaymentLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PaymentBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentLine" ADD CONSTRAINT "PaymentLine_fellowshipId_fkey" FOREIGN KEY ("fellowshipId") REFERENCES "Fellowship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentLine" ADD CONSTRAINT "PaymentLine_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_fellowshipId_fkey" FOREIGN KEY ("fellowshipId") REFERENCES "Fellowship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
