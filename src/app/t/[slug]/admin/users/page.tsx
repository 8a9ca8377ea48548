import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { listMembers } from "@/server/members/list-members";
import { InviteForm } from "./invite-form";
import { MemberActiveForm, MemberRoleForm, RevokeInvitationForm } from "./member-row-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "member.read");
  const [t, format, { members, invitations }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listMembers(ctx),
  ]);
  const canManage = can(ctx.role, "member.changeRole");
  return (
    <>
      <PageHeader title={t("admin.users.title")} />
      {can(ctx.role, "member.invite") && (
        <Card title={t("admin.users.invite")} className="mb-6">
          <InviteForm slug={slug} />
        </Card>
      )}
      <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("admin.users.members")}</h2>
      <Table
        head={[
          t("admin.users.name"),
          t("auth.email"),
          t("admin.users.role"),
          t("admin.users.status"),
          ...(canManage ? [t("common.actions")] : []),
        ]}
      >
        {members.map((m) => (
          <tr key={m.id} data-testid={`member-${m.user.email}`}>
            <Td className="font-medium">
              {m.user.name}{" "}
              {m.userId === ctx.user.id && <span className="text-xs text-slate-400">({t("admin.users.you")})</span>}
            </Td>
            <Td>{m.user.email}</Td>
            <Td>
              {canManage ? <MemberRoleForm slug={slug} membershipId={m.id} role={m.role} /> : t(`roles.${m.role}`)}
            </Td>
            <Td>
              {m.active ? (
                <Badge tone="green">{t("admin.users.active")}</Badge>
              ) : (
                <Badge>{t("admin.users.inactive")}</Badge>
              )}
            </Td>
            {canManage && (
              <Td>
                {m.userId !== ctx.user.id && <MemberActiveForm slug={slug} membershipId={m.id} active={m.active} />}
              </Td>
            )}
          </tr>
        ))}
      </Table>
      {invitations.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-700">{t("admin.users.pending")}</h2>
          <Table head={[t("auth.email"), t("admin.users.role"), t("admin.users.status"), ""]}>
            {invitations.map((inv) => (
              <tr key={inv.id}>
                <Td>{inv.email}</Td>
                <Td>{t(`roles.${inv.role}`)}</Td>
                <Td>
                  {t("admin.users.expires", {
                    date: format.dateTime(inv.expiresAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: ctx.tenant.timeZone,
                    }),
                  })}
                </Td>
                <Td>{can(ctx.role, "member.invite") && <RevokeInvitationForm slug={slug} invitationId={inv.id} />}</Td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </>
  );
}
