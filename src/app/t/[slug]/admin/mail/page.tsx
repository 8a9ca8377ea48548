import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { getMailServer } from "@/server/mail/get-mail-server";
import { MailServerForm, MailServerTools } from "./mail-server-form";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.mail"))("title") };
}

/** The tenant's own SMTP server for mail to clients; without one, the deployment's server is used. */
export default async function MailServerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "tenant.updateSettings");
  const [t, server] = await Promise.all([getTranslations("admin.mail"), getMailServer(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={server ? t("ownServer") : t("defaultServer")} />
      <Card>
        <MailServerForm slug={slug} values={server} />
      </Card>
      <Card className="mt-6">
        <MailServerTools slug={slug} configured={server !== null} />
      </Card>
    </>
  );
}
