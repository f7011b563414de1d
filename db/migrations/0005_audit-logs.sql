CREATE TYPE "public"."audit_stream_kind" AS ENUM('webhook', 'splunk_hec', 'elasticsearch');--> statement-breakpoint
CREATE TABLE "audit_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"destination_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"leased_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_stream_destinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" "audit_stream_kind" NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"index_name" text,
	"secret_ciphertext" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"paused_until" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD COLUMN "anchor_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD COLUMN "anchor_hash" text DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_outbox" ADD CONSTRAINT "audit_outbox_destination_id_audit_stream_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."audit_stream_destinations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_outbox" ADD CONSTRAINT "audit_outbox_event_id_audit_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_stream_destinations" ADD CONSTRAINT "audit_stream_destinations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_outbox_destination_idx" ON "audit_outbox" USING btree ("destination_id","id");--> statement-breakpoint
CREATE INDEX "audit_outbox_event_idx" ON "audit_outbox" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "audit_stream_destinations_tenant_idx" ON "audit_stream_destinations" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "audit_events_tenant_category_time_idx" ON "audit_events" USING btree ("tenant_id","category","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_tenant_action_time_idx" ON "audit_events" USING btree ("tenant_id","action","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_tenant_actor_time_idx" ON "audit_events" USING btree ("tenant_id","actor_label","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_tenant_workspace_time_idx" ON "audit_events" USING btree ("tenant_id","workspace_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "audit_events"."workspace_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_events_search_idx" ON "audit_events" USING gin (to_tsvector('simple'::regconfig, coalesce(action, '') || ' ' || coalesce(actor_label, '') || ' ' || coalesce(target_label, '') || ' ' || coalesce(ip, '') || ' ' || details::text));