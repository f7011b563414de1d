import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { Card } from "@/components/ui/card";
import type { SessionCaller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db";
import { NO_PASSWORD_REASON } from "@/lib/two-factor/password-user";
import { twoFactorStatus } from "@/lib/two-factor/second-factor-store";
import { TwoFactorControls } from "./two-factor-controls";

/** The profile's two-factor section: controls for password users, the reason there are none for everyone else. */
export async function TwoFactorCard({ caller }: { caller: SessionCaller }) {
  const db = getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, caller.userId));
  return (
    <Card title="Two-factor authentication" description="A code from an authenticator app at every sign-in, on top of your password.">
      {user?.passwordHash ? <TwoFactorControls status={await twoFactorStatus(db, caller.userId)} /> : <p className="text-sm">{NO_PASSWORD_REASON}</p>}
    </Card>
  );
}
