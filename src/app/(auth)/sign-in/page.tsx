import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { sameOriginPath } from "@/domain/auth/safe-redirect";
import { env } from "@/server/env";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  return (
    <Card title={<span className="text-base">{t("signInTitle")}</span>}>
      <SignInForm callbackUrl={sameOriginPath(callbackUrl, env().NEXTAUTH_URL) ?? "/select-tenant"} />
      <p className="mt-6 text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-up">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
