import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, memberships, tenantSettings } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { signInRefusalMessage } from "@/lib/auth/sign-in-messages";
import { getDb } from "@/lib/db";
import { updateAuthorizedDomains } from "@/lib/settings/security-policies";
import { META, PASSWORD, seedTenant } from "./support/fixtures";

const freshMeta = () => ({ ...META, ip: `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}` });
const signIn = (identifier: string) => authenticatePassword(getDb(), { identifier, password: PASSWORD }, freshMeta());

// Seeded members' addresses are at example.test; the tenant authorizes only example.com.
async function tenantLimitedToExampleCom() {
  const seeded = await seedTenant(["admin", "builder", "consumer"]);
  await updateAuthorizedDomains.execute(seeded.members[0]!.caller, { authorizedDomains: "example.com" }, META);
  return seeded;
}

describe("authorized domains", () => {
  it("refuse a Builder and a Consumer of another domain at sign-in with \"Unauthorized\", audited; the Admin still signs in", async () => {
    const { tenantId, members } = await tenantLimitedToExampleCom();
    const [admin, builder, consumer] = members;
    for (const member of [builder!, consumer!]) {
      const result = await signIn(member.email);
      expect(result).toEqual({ ok: false, reason: "unauthorized_domain" });
      if (!result.ok) expect(signInRefusalMessage(result)).toBe("Unauthorized");
    }
    expect(await signIn(admin!.email)).toMatchObject({ ok: true, tenantId });
    const failures = await getDb()
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, "auth.sign_in.failed")));
    expect(failures.map((f) => f.details.reason)).toEqual(["unauthorized_domain", "unauthorized_domain"]);
  });

  it("end a non-Admin's open session on its next request once their domain is no longer listed", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members;
    const tokens = await getDb().transaction(async (tx) => [
      await createSession(tx, { userId: admin!.userId, tenantId, ...META }),
      await createSession(tx, { userId: builder!.userId, tenantId, ...META }),
    ]);
    expect(await resolveSession(getDb(), tokens[1]!)).not.toBeNull();
    await updateAuthorizedDomains.execute(admin!.caller, { authorizedDomains: "example.com" }, META);
    expect(await resolveSession(getDb(), tokens[1]!)).toBeNull();
    expect(await resolveSession(getDb(), tokens[0]!)).toMatchObject({ userId: admin!.userId });
    // Listing their domain again lets the same session through: it was refused, not deleted.
    await updateAuthorizedDomains.execute(admin!.caller, { authorizedDomains: "example.com, example.test" }, META);
    expect(await resolveSession(getDb(), tokens[1]!)).toMatchObject({ userId: builder!.userId });
  });

  it("an empty list lets everyone in", async () => {
    const { members } = await seedTenant(["consumer"]);
    expect(await signIn(members[0]!.email)).toMatchObject({ ok: true });
  });

  it("a member of two tenants signs in to the one whose domains allow them", async () => {
    const limited = await tenantLimitedToExampleCom();
    const open = await seedTenant(["admin"]);
    const builder = limited.members[1]!;
    await getDb().insert(memberships).values({ tenantId: open.tenantId, userId: builder.userId, role: "consumer" });
    expect(await signIn(builder.email)).toMatchObject({ ok: true, tenantId: open.tenantId });
    await getDb().update(tenantSettings).set({ authorizedDomains: ["example.org"] }).where(eq(tenantSettings.tenantId, open.tenantId));
    expect(await signIn(builder.email)).toEqual({ ok: false, reason: "unauthorized_domain" });
  });
});
