import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { EnrolmentQr } from "@/components/profile/enrolment-qr";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { enrolmentForChallenge } from "@/lib/auth/complete-second-step";
import { getCaller } from "@/lib/auth/current-caller";
import { openChallenge } from "@/lib/auth/sign-in-challenge";
import { getDb } from "@/lib/db";
import { SecondStepForm } from "./second-step-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

/** Reached only with the challenge cookie of a correct password; the page itself grants nothing. */
export default async function TwoFactorPage() {
  const token = (await cookies()).get(challengeCookie("").name)?.value;
  const challenge = await openChallenge(getDb(), token);
  if (challenge?.purpose === "verify") {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">Two-factor authentication</h1>
        <p className="mb-6 text-sm text-muted">Enter the code from your authenticator app to finish signing in.</p>
        <SecondStepForm enrolling={false} />
      </>
    );
  }
  // Enrolling ends with a session cookie, and Next renders this page again: the form must stay where it is, so the
  // recovery codes it just received stay on screen.
  const signedIn = !challenge && (await getCaller()) !== null;
  if (!challenge && !signedIn) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Sign-in expired</h1>
        <p className="text-sm">
          This step of the sign-in has expired or had too many wrong codes. <Link href="/sign-in" className="text-accent underline">Sign in again</Link>.
        </p>
      </>
    );
  }
  const details = challenge ? await enrolmentForChallenge(getDb(), token) : null;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Set up two-factor authentication</h1>
      <p className="mb-6 text-sm text-muted">Your organization requires two-factor authentication. Set it up to continue.</p>
      {details ? <EnrolmentQr details={details} /> : null}
      <div className="mt-6">
        <SecondStepForm enrolling signedIn={signedIn} />
      </div>
    </>
  );
}
