CREATE TABLE "service_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_tenant_id_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- custom SQL (re-append after regenerating)
-- The member list's sort orders and search (docs/decisions/0041): each sort key with the user id as tie-breaker, so a
-- keyset page walks an index range. Names sort by their lower-cased bytes (collate "C"), identical on every server.
CREATE INDEX IF NOT EXISTS "users_lower_name_id_idx" ON "users" ((lower("name") COLLATE "C"), "id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_last_sign_in_id_idx" ON "users" ((coalesce("last_sign_in_at", '-infinity'::timestamptz)), "id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_search_idx" ON "users" USING gin (to_tsvector('simple', "name" || ' ' || "email"));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "memberships_tenant_created_idx" ON "memberships" ("tenant_id", "created_at", "user_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_email_prefix_idx" ON "users" ("email" text_pattern_ops);
