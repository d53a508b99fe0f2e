-- CreateEnum
CREATE TYPE "PublishRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'REVIEW';
ALTER TYPE "AuditAction" ADD VALUE 'RISK_ACCEPT';
ALTER TYPE "AuditAction" ADD VALUE 'RISK_REVOKE';
ALTER TYPE "AuditAction" ADD VALUE 'PUBLISH_REQUEST';
ALTER TYPE "AuditAction" ADD VALUE 'PUBLISH_APPROVE';
ALTER TYPE "AuditAction" ADD VALUE 'PUBLISH_REJECT';

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "publish_needs_approval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "processing_activities" ADD COLUMN     "from_template_id" TEXT,
ADD COLUMN     "last_reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_reviewed_by_id" TEXT,
ADD COLUMN     "next_review_on" DATE,
ADD COLUMN     "owner_id" TEXT;

-- CreateTable
CREATE TABLE "risk_acceptances" (
    "id" TEXT NOT NULL,
    "company_id" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "subject_version" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "accepted_by_id" TEXT,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_on" DATE NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by_id" TEXT,

    CONSTRAINT "risk_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publish_requests" (
    "id" TEXT NOT NULL,
    "company_id" TEXT NOT NULL,
    "requested_by_id" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "change_summary" TEXT,
    "register_sha256" CHAR(64) NOT NULL,
    "status" "PublishRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "notice_number" INTEGER,

    CONSTRAINT "publish_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "risk_acceptances_company_id_subject_kind_subject_id_idx" ON "risk_acceptances"("company_id", "subject_kind", "subject_id");

-- CreateIndex
CREATE INDEX "publish_requests_company_id_requested_at_idx" ON "publish_requests"("company_id", "requested_at");

-- CreateIndex
CREATE INDEX "processing_activities_company_id_next_review_on_idx" ON "processing_activities"("company_id", "next_review_on");

-- AddForeignKey
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_last_reviewed_by_id_fkey" FOREIGN KEY ("last_reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;




-- Hand-written: at most one pending four-eyes request per company, so two owners cannot
-- each ask at once and approve each other's request.
CREATE UNIQUE INDEX "publish_requests_one_pending_per_company" ON "publish_requests"("company_id") WHERE "status" = 'PENDING';

-- Hand-written: what a finding can be about (lib/register/checks/types.ts FindingSubject, notices excepted).
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_subject_kind_check" CHECK ("subject_kind" IN ('activity', 'recipient', 'cookie', 'company'));
