CREATE TYPE "public"."principal_type" AS ENUM('user', 'group');--> statement-breakpoint
CREATE TYPE "public"."workspace_role" AS ENUM('owner', 'contributor', 'viewer');--> statement-breakpoint
CREATE TABLE "group_members" (
	"tenant_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"managed_by_sso" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "workspace_bindings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"principal_type" "principal_type" NOT NULL,
	"user_id" uuid,
	"group_id" uuid,
	"role" "workspace_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_bindings_one_principal" CHECK (case "workspace_bindings"."principal_type" when 'user' then "workspace_bindings"."user_id" is not null and "workspace_bindings"."group_id" is null when 'group' then "workspace_bindings"."group_id" is not null and "workspace_bindings"."user_id" is null else false end)
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"display_name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"personal" boolean DEFAULT false NOT NULL,
	"personal_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_tenant_id_group_id_groups_tenant_id_id_fk" FOREIGN KEY ("tenant_id","group_id") REFERENCES "public"."groups"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_tenant_id_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_bindings" ADD CONSTRAINT "workspace_bindings_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_bindings" ADD CONSTRAINT "workspace_bindings_tenant_id_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_bindings" ADD CONSTRAINT "workspace_bindings_tenant_id_group_id_groups_tenant_id_id_fk" FOREIGN KEY ("tenant_id","group_id") REFERENCES "public"."groups"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_personal_user_id_users_id_fk" FOREIGN KEY ("personal_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_members_tenant_user_idx" ON "group_members" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_tenant_lower_name_key" ON "groups" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_bindings_workspace_user_key" ON "workspace_bindings" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_bindings_workspace_group_key" ON "workspace_bindings" USING btree ("workspace_id","group_id");--> statement-breakpoint
CREATE INDEX "workspace_bindings_tenant_user_idx" ON "workspace_bindings" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "workspace_bindings_group_idx" ON "workspace_bindings" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "workspace_bindings_tenant_role_idx" ON "workspace_bindings" USING btree ("tenant_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_tenant_name_key" ON "workspaces" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_tenant_personal_user_key" ON "workspaces" USING btree ("tenant_id","personal_user_id");
--> statement-breakpoint
-- Defence in depth for SPEC §1: a shared workspace keeps at least one user bound directly as Owner. The code locks
-- the workspace row and refuses first (that is what makes it hold under concurrency); this deferred check catches
-- any path that forgets, e.g. a membership removal whose cascade would delete the last Owner binding.
CREATE OR REPLACE FUNCTION workspace_bindings_keep_direct_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.principal_type = 'user' AND OLD.role = 'owner'
     AND EXISTS (SELECT 1 FROM workspaces w WHERE w.id = OLD.workspace_id AND NOT w.personal)
     AND NOT EXISTS (
       SELECT 1 FROM workspace_bindings b
       WHERE b.workspace_id = OLD.workspace_id AND b.principal_type = 'user' AND b.role = 'owner'
     ) THEN
    RAISE EXCEPTION 'workspace % would be left without a direct owner', OLD.workspace_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER workspace_bindings_keep_direct_owner
  AFTER UPDATE OR DELETE ON workspace_bindings
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION workspace_bindings_keep_direct_owner();
