-- AlterTable
ALTER TABLE "ClassificationRun" ADD COLUMN     "dynamics" JSONB;
