import postgres from "postgres";
import { expect, test } from "./support/test";

// Reaching into the database from the test needs a server the test can connect to: the embedded PGlite belongs to
// the app process alone. CI runs this suite on Postgres, so this test always runs there.
test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL: the test deletes the session row directly");

test("deleting the session row sends the next request to sign-in", async ({ pageAs, fixtures }) => {
  const page = await pageAs("revoked", { fresh: true });
  await page.goto("/settings/profile");
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();

  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const deleted = await sql`delete from sessions where user_id = (select id from users where email = ${fixtures.users.revoked!.email})`;
  await sql.end();
  expect(deleted.count).toBeGreaterThan(0);

  await page.goto("/settings/roles");
  await expect(page).toHaveURL(/\/sign-in$/);
});
