CREATE TABLE "service_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "user_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "user_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "user_last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_tenant_id_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- custom SQL (re-append after regenerating)
-- The member list (docs/decisions/0041) sorts and filters one tenant's memberships; users is shared by every tenant, so
-- its sort keys would make a page walk other tenants' rows. The membership row therefore carries copies of the user's
-- name, e-mail and last sign-in, kept here (the code never writes them), and each sort order has a tenant-first index
-- ending with the user id; names sort by their lower-cased bytes (collate "C"), the same on every server.
CREATE OR REPLACE FUNCTION memberships_copy_user() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.name, u.email, u.last_sign_in_at INTO NEW.user_name, NEW.user_email, NEW.user_last_sign_in_at
  FROM users u WHERE u.id = NEW.user_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_copy_user BEFORE INSERT OR UPDATE OF user_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_copy_user();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION users_copy_to_memberships() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE memberships SET user_name = NEW.name, user_email = NEW.email, user_last_sign_in_at = NEW.last_sign_in_at
  WHERE user_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_copy_to_memberships AFTER UPDATE OF name, email, last_sign_in_at ON users
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email OR OLD.last_sign_in_at IS DISTINCT FROM NEW.last_sign_in_at)
  EXECUTE FUNCTION users_copy_to_memberships();
--> statement-breakpoint
UPDATE memberships m SET user_name = u.name, user_email = u.email, user_last_sign_in_at = u.last_sign_in_at FROM users u WHERE u.id = m.user_id;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_name_idx" ON "memberships" ("tenant_id", (lower("user_name") COLLATE "C"), "user_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_status_name_idx" ON "memberships" ("tenant_id", "status", (lower("user_name") COLLATE "C"), "user_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_role_name_idx" ON "memberships" ("tenant_id", "role", (lower("user_name") COLLATE "C"), "user_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_email_idx" ON "memberships" ("tenant_id", "user_email");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_last_sign_in_idx" ON "memberships" ("tenant_id", (coalesce("user_last_sign_in_at", '-infinity'::timestamptz)), "user_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_created_idx" ON "memberships" ("tenant_id", "created_at", "user_id");
--> statement-breakpoint
-- Search: word prefixes of name and e-mail (GIN), and the start of the e-mail.
CREATE INDEX IF NOT EXISTS "users_search_idx" ON "users" USING gin (to_tsvector('simple', "name" || ' ' || "email"));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_email_prefix_idx" ON "users" ("email" text_pattern_ops);

--> statement-breakpoint
-- api_key_request (migration 0010) also says whether the key's owner is a service account: those have a placeholder
-- address, so the tenant's authorized domains do not apply to them. A function's result type cannot be altered in
-- place, hence drop and create.
DROP FUNCTION api_key_request(text, timestamptz, timestamptz, text, timestamptz);
--> statement-breakpoint
CREATE FUNCTION api_key_request(
  p_secret_hash text,
  p_now timestamptz,
  p_use_due_before timestamptz,
  p_bucket_prefix text,
  p_window_start timestamptz
) RETURNS TABLE (
  id uuid, name text, scope text, tenant_id uuid, tenant_name text, date_format text, time_format text,
  authorized_domains text[], user_id uuid, email text, username text, user_name text, role text, status text,
  service_account boolean, expired boolean, use_due boolean, requests integer
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  SELECT k.id, k.name, k.scope::text, k.tenant_id, t.name, s.date_format::text, s.time_format::text, s.authorized_domains,
         u.id, u.email, u.username, u.name, m.role::text, m.status::text,
         EXISTS (SELECT 1 FROM service_accounts sa WHERE sa.user_id = k.owner_user_id),
         (k.expires_at IS NOT NULL AND k.expires_at <= p_now),
         (k.last_used_at IS NULL OR k.last_used_at <= p_use_due_before)
    INTO id, name, scope, tenant_id, tenant_name, date_format, time_format, authorized_domains,
         user_id, email, username, user_name, role, status, service_account, expired, use_due
    FROM api_keys k
    JOIN tenants t ON t.id = k.tenant_id
    JOIN tenant_settings s ON s.tenant_id = k.tenant_id
    LEFT JOIN users u ON u.id = k.owner_user_id
    LEFT JOIN memberships m ON m.tenant_id = k.tenant_id AND m.user_id = k.owner_user_id
   WHERE k.secret_hash = p_secret_hash;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO api_rate_limits AS r (bucket, window_start, count)
  VALUES (p_bucket_prefix || api_key_request.id::text, p_window_start, 1)
  ON CONFLICT (bucket) DO UPDATE SET
    count = CASE WHEN r.window_start = excluded.window_start THEN r.count + 1 ELSE 1 END,
    window_start = excluded.window_start
  RETURNING r.count INTO requests;
  RETURN NEXT;
END
$$;
