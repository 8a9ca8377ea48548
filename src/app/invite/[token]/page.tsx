import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentUser } from "@/server/auth/current-user";
import { findInvitation } from "@/server/members/find-invitation";
import { AcceptInvitationForm } from "./accept-form";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, found, user] = await Promise.all([getTranslations(), findInvitation(token), currentUser()]);
  const inv = found.invitation;
  let body: React.ReactNode;
  if (found.state !== "valid" || !inv) {
    body = (
      <p className="text-sm text-slate-700" role="alert">
        {t(`invite.${found.state}`)}
      </p>
    );
  } else if (found.hasAccount && user?.email !== inv.email) {
    body = user ? (
      <p className="text-sm text-slate-700">{t("invite.otherAccount", { email: inv.email })}</p>
    ) : (
      <>
        <p className="mb-4 text-sm text-slate-700">{t("invite.signInToAccept", { email: inv.email })}</p>
        <Link className={buttonClass()} href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          {t("auth.signInLink")}
        </Link>
      </>
    );
  } else {
    body = <AcceptInvitationForm token={token} company={inv.tenant.name} newAccount={!found.hasAccount} />;
  }
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end px-6 py-4">
        <LocaleSwitch current={(await getLocale()) as "ru" | "en"} />
      </header>
      <main className="mx-auto w-full max-w-md px-4 pt-8">
        <Card title={<span className="text-base">{t("invite.title", { company: inv?.tenant.name ?? "CRM" })}</span>}>
          {inv && found.state === "valid" && (
            <p className="mb-4 text-sm text-slate-600">
              {t("invite.intro", { company: inv.tenant.name, role: t(`roles.${inv.role}`), email: inv.email })}
            </p>
          )}
          {body}
        </Card>
      </main>
    </div>
  );
}
