import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/current-caller";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "setup-done": "Gatehouse is set up. Sign in with the Admin account you just created.",
  "signed-out": "You have signed out.",
  "password-changed": "Your password has been changed successfully",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  if (await getCaller()) redirect("/settings/profile");
  const notice = NOTICES[(await searchParams).notice ?? ""];
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-success-bg px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      <SignInForm />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot password?
        </Link>
      </p>
      <p className="mt-6 text-sm">
        <Link href="/sign-in/sso" className="underline">
          Sign in with SSO
        </Link>
      </p>
    </>
  );
}
