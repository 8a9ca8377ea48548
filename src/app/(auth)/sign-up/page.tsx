import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <Card title={<span className="text-base">{t("signUpTitle")}</span>}>
      <SignUpForm locale={(await getLocale()) as "ru" | "en"} />
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
