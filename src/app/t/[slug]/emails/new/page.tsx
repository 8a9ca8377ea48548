import { randomUUID } from "node:crypto";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { composeEmailOptions } from "@/server/client-emails/compose-email-options";
import { ComposeForm } from "../compose-form";

export async function generateMetadata() {
  return { title: (await getTranslations("emails"))("new") };
}

type Search = { counterparty?: string; person?: string; interaction?: string; order?: string };
const id = (v: string | undefined) => v?.slice(0, 64) || undefined;

/** SPEC §4.3: compose an e-mail to a client from the card, a contact person, an order or a calendar event. */
export default async function NewEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const search = await searchParams;
  const ctx = await requirePagePermission(slug, "email.send");
  const [t, options] = await Promise.all([
    getTranslations("emails"),
    orNotFound(
      composeEmailOptions(ctx, {
        counterpartyId: id(search.counterparty),
        contactPersonId: id(search.person),
        interactionId: id(search.interaction),
        orderId: id(search.order),
      }),
    ),
  ]);
  const subject = options.subject ?? (options.orderNumber ? t("orderSubject", { number: options.orderNumber }) : "");
  return (
    <>
      <PageHeader
        title={t("new")}
        subtitle={
          <Link
            href={`/t/${slug}/counterparties/${options.counterparty.id}`}
            className="text-brand-700 hover:underline"
          >
            {options.counterparty.name}
          </Link>
        }
      />
      <Card>
        <ComposeForm
          slug={slug}
          idempotencyKey={randomUUID()}
          persons={options.persons}
          values={{
            counterpartyId: options.counterparty.id,
            contactPersonId: options.contactPersonId,
            orderId: options.orderId,
            interactionId: options.interactionId,
            to: options.to,
            subject,
          }}
        />
      </Card>
    </>
  );
}
