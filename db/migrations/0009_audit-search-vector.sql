DROP INDEX "audit_events_search_idx";--> statement-breakpoint
-- custom SQL (re-append after regenerating)
-- The free-text filter's text, stored once per event instead of computed per row at query time: the viewer can then
-- check recent events in time order cheaply, and the GIN index serves rare words. E-mail addresses are also indexed
-- word by word (alice, example, com) so that typing part of one finds it.
ALTER TABLE "audit_events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
  coalesce(action, '') || ' ' || coalesce(actor_label, '') || ' ' || coalesce(target_label, '') || ' '
  || translate(coalesce(actor_label, '') || ' ' || coalesce(target_label, ''), '@.', '  ') || ' '
  || coalesce(ip, '') || ' ' || details::text)) STORED;--> statement-breakpoint
CREATE INDEX "audit_events_search_idx" ON "audit_events" USING gin ("search_vector");--> statement-breakpoint
-- The viewer's prefix query ('w1':* & 'w2':*) as the index can serve it: inside a word the parser splits
-- ("target-99999" → 'target' <-> '-99999'), only the last part stays a prefix, and a hyphenated compound that the
-- vector holds whole is searched whole. A prefix on every part would make the index read every event holding a
-- common part ('target':*) before intersecting.
CREATE FUNCTION audit_search_query(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT regexp_replace(
           regexp_replace(to_tsquery('simple'::regconfig, words)::text, $re$'([^']*-[^']*)':\*( <-> '[^']*':\*)+$re$, $r$'\1':*$r$, 'g'),
           $re$':\*( <-> )$re$, $r$'\1$r$, 'g')::tsquery
$fn$;
