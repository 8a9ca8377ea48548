import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can, type Role } from "@/domain/auth/permissions";
import { importanceMark } from "@/domain/calendar/event-colour";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CancelInteractionForm } from "../status-forms";
import type { LoadedInteraction } from "./loaded-interaction";

const STATUS_TONE = { PLANNED: "blue", DONE: "green", CANCELLED: "slate" } as const;

export async function InteractionHeader({
  slug,
  interaction: i,
  role,
  canCancel,
}: {
  slug: string;
  interaction: LoadedInteraction;
  role: Role;
  canCancel: boolean;
}) {
  const t = await getTranslations("interactions");
  return (
    <PageHeader
      title={`${importanceMark(i.importance)} ${i.subject}`.trim()}
      subtitle={
        <span className="inline-flex flex-wrap gap-1">
          <Badge tone={STATUS_TONE[i.status]}>{t(`statuses.${i.status}`)}</Badge>
          <Badge>{t(`types.${i.type}`)}</Badge>
          {i.importance !== "NORMAL" && (
            <Badge tone={i.importance === "HIGH" ? "red" : "slate"}>{t(`importances.${i.importance}`)}</Badge>
          )}
          {i.email && (
            <Badge tone={i.email.status === "FAILED" ? "red" : i.email.status === "SENT" ? "green" : "amber"}>
              {t(`emailStatuses.${i.email.status}`)}
            </Badge>
          )}
        </span>
      }
      actions={
        <div className="flex flex-wrap gap-2">
          {can(role, "email.send") && (
            <Link href={`/t/${slug}/emails/new?interaction=${i.id}`} className={buttonClass("secondary")}>
              {t("writeEmail")}
            </Link>
          )}
          {canCancel && <CancelInteractionForm slug={slug} id={i.id} version={i.version} />}
        </div>
      }
    />
  );
}
