CREATE TYPE "public"."date_format" AS ENUM('MM/DD/YYYY', 'DD/MM/YYYY');--> statement-breakpoint
CREATE TYPE "public"."time_format" AS ENUM('12h', '24h');--> statement-breakpoint
CREATE TABLE "tenant_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"date_format" date_format DEFAULT 'MM/DD/YYYY' NOT NULL,
	"time_format" time_format DEFAULT '12h' NOT NULL,
	"require_two_factor" boolean DEFAULT false NOT NULL,
	"max_api_keys_per_owner" integer DEFAULT 5 NOT NULL,
	"max_api_key_lifetime_days" integer,
	"invitation_lifetime_days" integer DEFAULT 7 NOT NULL,
	"audit_retention_days" integer DEFAULT 30 NOT NULL,
	"authorized_domains" text[] DEFAULT '{}' NOT NULL,
	"session_idle_minutes" integer DEFAULT 60 NOT NULL,
	"session_absolute_hours" integer DEFAULT 12 NOT NULL,
	"password_min_length" integer DEFAULT 12 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD CONSTRAINT "tenant_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every tenant has its settings row from the moment it exists, whichever code path creates it.
CREATE OR REPLACE FUNCTION tenants_create_settings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tenant_settings (tenant_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER tenants_create_settings AFTER INSERT ON tenants FOR EACH ROW EXECUTE FUNCTION tenants_create_settings();
