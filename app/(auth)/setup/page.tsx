import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { hasAnyTenant, isSetupTokenValid } from "@/lib/setup/setup-tokens";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up Gatehouse" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const db = getDb();
  if (await hasAnyTenant(db)) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Already set up</h1>
        <p className="text-sm">
          This deployment has a tenant. <Link href="/sign-in" className="text-accent underline">Sign in</Link> instead.
        </p>
      </>
    );
  }
  if (!(await isSetupTokenValid(db, token))) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Setup link not valid</h1>
        <p className="text-sm">Open the newest setup link printed in the server log. Restarting the server prints a new one.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Set up Gatehouse</h1>
      <p className="mb-6 text-sm text-muted">Create the first tenant and its Admin. This link works once.</p>
      <SetupForm token={token} />
    </>
  );
}
