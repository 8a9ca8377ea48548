"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { inviteMember, inviteMemberInput } from "@/server/members/invite-member";
import { revokeInvitation, revokeInvitationInput } from "@/server/members/revoke-invitation";
import { changeMemberRole, changeMemberRoleInput } from "@/server/members/change-member-role";
import { setMemberActive, setMemberActiveInput } from "@/server/members/set-member-active";

export async function inviteMemberAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "inviteMember", permission: "member.invite", input: inviteMemberInput },
    form,
    inviteMember,
  );
}

export async function revokeInvitationAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "revokeInvitation", permission: "member.invite", input: revokeInvitationInput },
    form,
    revokeInvitation,
  );
}

export async function changeMemberRoleAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "changeMemberRole", permission: "member.changeRole", input: changeMemberRoleInput },
    form,
    changeMemberRole,
  );
}

export async function setMemberActiveAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "setMemberActive", permission: "member.deactivate", input: setMemberActiveInput },
    form,
    setMemberActive,
  );
}
