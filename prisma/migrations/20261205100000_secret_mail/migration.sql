-- Mail that carries a credential (sign-in, password-reset, email-confirmation and invitation
-- links) is marked when queued; its body is never shown on a page (SECURITY.md).
-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "secret" BOOLEAN NOT NULL DEFAULT false;

-- Mail queued before this change: every credential mail's kind starts with "auth.".
UPDATE "Notification" SET "secret" = true WHERE "kind" LIKE 'auth.%';
