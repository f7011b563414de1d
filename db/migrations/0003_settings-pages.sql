CREATE TYPE "public"."ai_provider" AS ENUM('platform', 'bedrock');--> statement-breakpoint
CREATE TABLE "tenant_logos" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"etag" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings_changes" (
	"tenant_id" uuid NOT NULL,
	"section" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	"changed_by_label" text NOT NULL,
	CONSTRAINT "settings_changes_tenant_id_section_pk" PRIMARY KEY("tenant_id","section")
);
--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "logo_url" text;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "copilot_test_data_access" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "ai_provider" "ai_provider" DEFAULT 'platform' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "bedrock_region" text;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "bedrock_role_arn" text;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "ai_requests_per_minute" integer DEFAULT 40 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "ai_megabytes_per_minute" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_logos" ADD CONSTRAINT "tenant_logos_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings_changes" ADD CONSTRAINT "settings_changes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings_changes" ADD CONSTRAINT "settings_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Defence in depth behind the zod schemas: no code path can store a logo that is not a PNG/JPEG of at most 10 MB.
ALTER TABLE "tenant_logos" ADD CONSTRAINT "tenant_logos_image_check" CHECK ("content_type" IN ('image/png', 'image/jpeg') AND "byte_size" = octet_length("bytes") AND "byte_size" BETWEEN 1 AND 10485760);--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD CONSTRAINT "tenant_settings_bedrock_check" CHECK (("ai_provider" = 'bedrock') = ("bedrock_region" IS NOT NULL AND "bedrock_role_arn" IS NOT NULL));
