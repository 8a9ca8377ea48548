-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "preferences" JSONB NOT NULL DEFAULT '{}';
