import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, memberships, users, workspaceBindings } from "@/db/schema";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listTenantApiKeys } from "@/lib/api-keys/list-tenant-api-keys";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { getDb } from "@/lib/db";
import { pickWorkspacesForServiceAccount } from "@/lib/directory/pickers";
import { listMembers } from "@/lib/members/list-members";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { createServiceAccountKey } from "@/lib/service-accounts/create-service-account-key";
import { deleteServiceAccount } from "@/lib/service-accounts/delete-service-account";
import { regenerateServiceAccountKey } from "@/lib/service-accounts/regenerate-service-account-key";
import { getServiceAccount } from "@/lib/service-accounts/get-service-account";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";
import { setServiceAccountStatus } from "@/lib/service-accounts/service-account-status";
import { updateServiceAccount } from "@/lib/service-accounts/update-service-account";
import { updateAuthorizedDomains } from "@/lib/settings/security-policies";
import { META, seedTenant, type SeededMember } from "./support/fixtures";
import { auditActions, newWorkspace, refusal } from "./support/workspace-fixtures";

const useKey = (secret: string) => authenticateApiKey(getDb(), secret, { ...META, endpoint: "GET /api/v1/me" }, 1000);

describe("service accounts", () => {
  it("are created with a tenant role and workspace roles, listed apart from people, and never sign in", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin] = members as [SeededMember];
    const ws = await newWorkspace(admin, "pipelines");
    const account = await createServiceAccount.execute(
      admin.caller,
      { name: "Deploy bot", description: "Runs deployments", role: "builder", workspaceIds: [ws.id], workspaceRole: "contributor" },
      META,
    );
    const detail = await getServiceAccount(admin.caller, account.id);
    expect(detail).toMatchObject({ name: "Deploy bot", description: "Runs deployments", role: "builder", status: "active", workspaces: [{ id: ws.id, role: "contributor" }] });
    expect((await listServiceAccounts(admin.caller)).data.map((a) => a.id)).toEqual([account.id]);
    expect((await listMembers(admin.caller)).data.map((m) => m.id)).not.toContain(account.id);

    const [user] = await getDb().select().from(users).where(eq(users.id, account.id));
    expect(user?.passwordHash).toBeNull();
    for (const identifier of [user!.email, user!.username]) {
      expect(await authenticatePassword(getDb(), { identifier, password: "anything-at-all-123" }, META)).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("service_account."))).toEqual(["service_account.created"]);
  });

  it("get a role in several shared workspaces, found with a picker that lists no personal workspace and serves Admins only", async () => {
    const { members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members as [SeededMember, SeededMember];
    const [alpha, beta] = [await newWorkspace(admin, "sa-pick-alpha"), await newWorkspace(admin, "sa-pick-beta")];
    const found = await pickWorkspacesForServiceAccount(admin.caller, "sa-pick");
    expect(found.map((o) => o.value).sort()).toEqual([alpha.id, beta.id].sort());
    expect((await pickWorkspacesForServiceAccount(admin.caller, "personal")).map((o) => o.value)).not.toContain(admin.personalWorkspaceId);
    expect((await refusal(pickWorkspacesForServiceAccount(builder.caller, "sa-pick"))).code).toBe("forbidden");

    const account = await createServiceAccount.execute(admin.caller, { name: "Two-space bot", role: "consumer", workspaceIds: [alpha.id, beta.id], workspaceRole: "viewer" }, META);
    const detail = await getServiceAccount(admin.caller, account.id);
    expect(detail!.workspaces.map((w) => [w.id, w.role]).sort()).toEqual([[alpha.id, "viewer"], [beta.id, "viewer"]].sort());
  });

  it("refuse bad input with field errors and change nothing; Builders and Consumers are refused", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members as [SeededMember, SeededMember, SeededMember];
    const blank = await refusal(createServiceAccount.execute(admin.caller, { name: " ", role: "boss" }, META));
    expect(blank.fieldErrors).toMatchObject({ name: ["Enter a name."], role: ["Choose Admin, Builder or Consumer."] });
    const personal = await refusal(createServiceAccount.execute(admin.caller, { name: "Bot", role: "consumer", workspaceIds: [admin.personalWorkspaceId] }, META));
    expect(personal.fieldErrors?.workspaceIds).toEqual(["Choose shared workspaces of this tenant."]);
    for (const m of [builder, consumer]) {
      expect((await refusal(createServiceAccount.execute(m.caller, { name: "Bot", role: "consumer" }, META))).code).toBe("forbidden");
    }
    expect((await listServiceAccounts(admin.caller)).data).toEqual([]);
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("service_account."))).toEqual([]);
  });

  it("keys issued by an Admin act with the account's role, stop when it is deactivated and vanish when it is deleted", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!;
    const account = await createServiceAccount.execute(admin.caller, { name: "Reporter", role: "consumer" }, META);
    const { secret } = await createServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, name: "CI", scope: "read", expiry: "30d" }, META);
    const ok = await useKey(secret);
    expect(ok.ok && ok.caller).toMatchObject({ userId: account.id, role: "consumer", name: "Reporter" });

    // A domain list does not lock service accounts out: their e-mail is a placeholder, not a domain.
    await updateAuthorizedDomains.execute(admin.caller, { authorizedDomains: "example.test" }, META);
    expect((await useKey(secret)).ok).toBe(true);

    // Regenerated by an Admin: the old secret stops at once, the new one works.
    const { key, secret: renewed } = await createServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, name: "Nightly", scope: "read", expiry: "7d" }, META);
    const { secret: replacement } = await regenerateServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, id: key.id }, META);
    expect((await useKey(renewed)).ok).toBe(false);
    expect((await useKey(replacement)).ok).toBe(true);
    // The tenant-wide key list names the account, not its placeholder address.
    const listed = (await listTenantApiKeys(admin.caller)).data.find((k) => k.name === "CI");
    expect(listed?.owner).toEqual({ type: "service_account", id: account.id, label: "Reporter" });
    // The per-owner limit counts the account's keys, and says so.
    for (const name of ["Third", "Fourth", "Fifth"]) await createServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, name, scope: "read", expiry: "7d" }, META);
    expect((await refusal(createServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, name: "Sixth", scope: "read", expiry: "7d" }, META))).message).toBe(
      "This service account already has 5 active API keys, the most this tenant allows. Revoke one before creating another.",
    );
    // Only that account's keys: the Admin's own key id under the service account reads as not found.
    const personal = await createApiKey.execute(admin.caller, { name: "Mine", scope: "read", expiry: "7d" }, META);
    expect((await refusal(regenerateServiceAccountKey.execute(admin.caller, { serviceAccountId: account.id, id: personal.key.id }, META))).code).toBe("not_found");

    await updateServiceAccount.execute(admin.caller, { id: account.id, name: "Reporter", description: "", role: "builder" }, META);
    const promoted = await useKey(secret);
    expect(promoted.ok && promoted.caller.role).toBe("builder");

    await setServiceAccountStatus.execute(admin.caller, { id: account.id, status: "inactive" }, META);
    expect((await useKey(secret)).ok).toBe(false);
    await setServiceAccountStatus.execute(admin.caller, { id: account.id, status: "active" }, META);
    expect((await useKey(secret)).ok).toBe(true);

    await deleteServiceAccount.execute(admin.caller, { id: account.id }, META);
    expect((await useKey(secret)).ok).toBe(false);
    expect(await getDb().select().from(apiKeys).where(eq(apiKeys.ownerUserId, account.id))).toEqual([]);
    expect(await getDb().select().from(memberships).where(eq(memberships.userId, account.id))).toEqual([]);
    expect(await getDb().select().from(workspaceBindings).where(eq(workspaceBindings.userId, account.id))).toEqual([]);
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("service_account."))).toEqual([
      "service_account.created",
      "service_account.updated",
      "service_account.deactivated",
      "service_account.reactivated",
      "service_account.deleted",
    ]);
  });

  it("another tenant's service account reads as not found", async () => {
    const mine = await seedTenant(["admin"]);
    const theirs = await seedTenant(["admin"]);
    const account = await createServiceAccount.execute(theirs.members[0]!.caller, { name: "Theirs", role: "consumer" }, META);
    const admin = mine.members[0]!.caller;
    expect(await getServiceAccount(admin, account.id)).toBeNull();
    for (const attempt of [
      () => updateServiceAccount.execute(admin, { id: account.id, name: "Mine now", description: "", role: "admin" }, META),
      () => setServiceAccountStatus.execute(admin, { id: account.id, status: "inactive" }, META),
      () => deleteServiceAccount.execute(admin, { id: account.id }, META),
      () => createServiceAccountKey.execute(admin, { serviceAccountId: account.id, name: "x", scope: "write", expiry: "7d" }, META),
      () => regenerateServiceAccountKey.execute(admin, { serviceAccountId: account.id, id: crypto.randomUUID() }, META),
    ]) {
      expect((await refusal(attempt())).code).toBe("not_found");
    }
    expect((await getServiceAccount(theirs.members[0]!.caller, account.id))?.name).toBe("Theirs");
  });
});
