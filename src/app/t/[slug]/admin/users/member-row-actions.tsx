"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton } from "@/components/forms/fields";
import { ROLES } from "@/domain/auth/permissions";
import { changeMemberRoleAction, revokeInvitationAction, setMemberActiveAction } from "./actions";

export function MemberRoleForm({ slug, membershipId, role }: { slug: string; membershipId: string; role: string }) {
  const t = useTranslations();
  return (
    <ActionForm
      action={(form) => changeMemberRoleAction(slug, form)}
      successMessage={t("common.saved")}
      className="flex flex-wrap items-start gap-2"
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="w-40">
        <SelectField
          name="role"
          label={<span className="sr-only">{t("admin.users.role")}</span>}
          defaultValue={role}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </div>
      <div className="pt-1">
        <SubmitButton variant="secondary" size="sm">
          {t("admin.users.changeRole")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

export function MemberActiveForm({
  slug,
  membershipId,
  active,
}: {
  slug: string;
  membershipId: string;
  active: boolean;
}) {
  const t = useTranslations("admin.users");
  return (
    <ActionForm action={(form) => setMemberActiveAction(slug, form)} className="space-y-1">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "secondary"} size="sm">
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </ActionForm>
  );
}

export function RevokeInvitationForm({ slug, invitationId }: { slug: string; invitationId: string }) {
  const t = useTranslations("admin.users");
  return (
    <ActionForm action={(form) => revokeInvitationAction(slug, form)}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="danger" size="sm">
        {t("revoke")}
      </SubmitButton>
    </ActionForm>
  );
}
