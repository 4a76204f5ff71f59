-- Data for bench/pages.sh, loaded into a database the app itself has just migrated (schema, roles, default deadline
-- policies). Set-based, deterministic apart from now(); ids and numbers carry a "pb" prefix so that they collide with
-- neither the demo data nor the other bench files.
--   10,000 sellers, 100,000 buyers, 50 moderators; 1,000,000 orders with 1-3 lines each (payment and shipment are
--   columns of orders); 200,000 disputes in the mix of bench/ModerationQueueBench/DisputeData.sql, each with its
--   offers, a timeline (dispute_events) whose hash chain verifies, decisions, refunds, information requests, evidence
--   metadata (no file contents) and a notification for the buyer.
--   Sign-in accounts (password "bench passphrase 2026"): buyer1@bench.test (2,000 orders, 100 disputes),
--   seller1@bench.test (20,000 orders), moderator1@bench.test (open cases assigned).
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '128MB';

-- Secondary indexes and foreign keys are dropped for the load and re-created from their own definitions at the end.
CREATE TEMP TABLE saved_ddl AS
SELECT 1 AS ord, format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS ddl,
       format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop_ddl
FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
UNION ALL
SELECT 0, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN
      ('users', 'user_roles', 'sellers', 'orders', 'order_lines', 'disputes', 'dispute_events', 'dispute_offers', 'dispute_decisions',
       'refunds', 'information_requests', 'evidence_items', 'notifications')
  AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT drop_ddl FROM saved_ddl ORDER BY ord DESC LOOP EXECUTE r.drop_ddl; END LOOP;
END $$;

-- The timeline hash as TimelineHasher.Compute writes it ("name=length:value\n" per field, SHA-256, lower-case hex).
-- Every value here is ASCII, so length() equals the UTF-16 length C# counts.
CREATE FUNCTION pg_temp.timeline_hash(dispute uuid, seq int, kind text, actor text, actor_id text, occurred timestamptz,
                                      payload text, previous text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
      'dispute=36:' || dispute::text || E'\n'
   || 'sequence=' || length(seq::text) || ':' || seq::text || E'\n'
   || 'kind=' || length(kind) || ':' || kind || E'\n'
   || 'actor=' || length(actor) || ':' || actor || E'\n'
   || 'actorId=' || length(coalesce(actor_id, '')) || ':' || coalesce(actor_id, '') || E'\n'
   || 'occurredAt=27:' || to_char(occurred AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || E'\n'
   || 'payload=' || length(payload) || ':' || payload || E'\n'
   || 'previous=' || length(coalesce(previous, '')) || ':' || coalesce(previous, '') || E'\n', 'UTF8')), 'hex')
$$;
CREATE FUNCTION pg_temp.money(amount numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(amount, 'FM9999999990.00') || ' USD' $$;

-- Accounts. The hash is ASP.NET Core Identity's V3 format (PBKDF2-HMAC-SHA512, 100,000 iterations, fixed salt 00..0f)
-- of "bench passphrase 2026", so PasswordSignInAsync accepts it.
\set pwhash '''AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg+DwOtUYKKUfp2UGJB6cWV+bP8twiSt4ubAp9kxZ81CNg=='''
INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, display_name, is_disabled, email_confirmed,
                   password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled,
                   access_failed_count)
SELECT id, email, upper(email), email, upper(email), name, false, true, :pwhash, upper(md5(id)), md5('c' || id), false, false, true, 0
FROM (SELECT 'pb-buyer-' || g AS id, 'buyer' || g || '@bench.test' AS email, 'Bench Buyer ' || g AS name FROM generate_series(1, 100000) g
      UNION ALL SELECT 'pb-seller-' || g, 'seller' || g || '@bench.test', 'Bench Seller ' || g FROM generate_series(1, 10000) g
      UNION ALL SELECT 'pb-mod-' || g, 'moderator' || g || '@bench.test', 'Bench Moderator ' || g FROM generate_series(1, 50) g) u;

INSERT INTO user_roles (user_id, role_id)
SELECT u.id, r.id FROM users u JOIN roles r ON r.name = CASE WHEN u.id LIKE 'pb-buyer-%' THEN 'Buyer'
                                                             WHEN u.id LIKE 'pb-seller-%' THEN 'Seller' ELSE 'Moderator' END
WHERE u.id LIKE 'pb-%';

INSERT INTO sellers (id, user_id, joined_at, profile_address, profile_business_name, profile_contact_email, profile_contact_name,
                     profile_contact_phone, profile_country, profile_registration_number)
SELECT md5('pb-seller' || g)::uuid, 'pb-seller-' || g, now() - interval '3 years' + (g % 700) * interval '1 day', g || ' Market Street',
       (ARRAY['Brightway', 'Costa', 'Karoo', 'Nordic', 'Lotus', 'Atlas', 'Meridian', 'Harbour'])[1 + g % 8] || ' Trading ' || g,
       'sales' || g || '@seller.bench.test', 'Contact ' || g, '+1 555 0100', (ARRAY['CN', 'PT', 'ZA', 'DE', 'IN'])[1 + g % 5], 'REG-' || g
FROM generate_series(1, 10000) g;

-- Orders. Order g belongs to buyer 1 for g <= 2,000 (else one of the other 99,999) and to seller 1 when g % 50 = 0
-- (20,000 orders). Dispute d sits on order g: d = g / 20 for buyer 1's orders 20, 40, ... 2,000 (100 disputes), and
-- d = 100 + (g - 2000) / 4 for every fourth order above 2,000 (199,900 more).
CREATE TEMP TABLE og AS
SELECT g, d,
       CASE WHEN d IS NULL THEN NULL
            ELSE now() - CASE st WHEN 'AwaitingSeller' THEN (d % 5760) * interval '1 minute'
                                 WHEN 'Negotiating' THEN interval '1 day' + (d % 7200) * interval '1 minute'
                                 WHEN 'Decided' THEN interval '10 days' + (d % 20) * interval '1 day' + (d % 1440) * interval '1 minute'
                                 WHEN 'InMediation' THEN interval '8 days' + (d % 30) * interval '1 day' + (d % 1440) * interval '1 minute'
                                 WHEN 'AwaitingInformation' THEN interval '8 days' + (d % 30) * interval '1 day' + (d % 1440) * interval '1 minute'
                                 WHEN 'UnderAppeal' THEN interval '8 days' + (d % 30) * interval '1 day' + (d % 1440) * interval '1 minute'
                                 ELSE interval '45 days' + (d % 400) * interval '1 day' + (d % 1440) * interval '1 minute' END
       END AS filed,
       st
FROM (SELECT g, d,
             CASE WHEN d IS NULL THEN NULL
                  ELSE (SELECT CASE WHEN b < 30 THEN 'Settled' WHEN b < 50 THEN 'Closed' WHEN b < 55 THEN 'Withdrawn' WHEN b < 60 THEN 'Expired'
                                    WHEN b < 72 THEN 'Negotiating' WHEN b < 80 THEN 'AwaitingSeller' WHEN b < 88 THEN 'InMediation'
                                    WHEN b < 95 THEN 'Decided' WHEN b < 98 THEN 'AwaitingInformation' ELSE 'UnderAppeal' END
                        FROM (SELECT (d * 7919) % 100 AS b) x) END AS st
      FROM (SELECT g, CASE WHEN g <= 2000 AND g % 20 = 0 THEN g / 20
                           WHEN g > 2000 AND g <= 801600 AND (g - 2000) % 4 = 0 THEN 100 + (g - 2000) / 4 END AS d
            FROM generate_series(1, 1000000) g) s) t;

CREATE TEMP TABLE ord AS
SELECT g, d, st, filed, md5('pb-order' || g)::uuid AS id, 'PB-' || lpad(g::text, 7, '0') AS number,
       'pb-buyer-' || CASE WHEN g <= 2000 THEN 1 ELSE 2 + g % 99999 END AS buyer_id,
       CASE WHEN g % 50 = 0 THEN 1 ELSE 2 + g % 9999 END AS seller_no,
       placed, paid, shipped,
       CASE WHEN d IS NOT NULL THEN filed - interval '5 days'
            WHEN shipped AND placed < now() - interval '25 days' AND g % 17 <> 0 THEN placed + interval '15 days' END AS delivered_at,
       (SELECT sum((1 + (g + n) % 5) * (5 + (g * 13 + n * 7) % 200)) FROM generate_series(1, 1 + g % 3) n)::numeric AS total
FROM (SELECT og.*, p.placed, (d IS NOT NULL OR g % 11 <> 0) AS paid, (d IS NOT NULL OR (g % 11 <> 0 AND g % 13 <> 0)) AS shipped
      FROM og, LATERAL (SELECT CASE WHEN d IS NOT NULL THEN filed - interval '25 days'
                                    ELSE now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute' END AS placed) p) s;

INSERT INTO orders (id, number, buyer_id, seller_id, currency, assurance_covered, placed_at, expected_delivery_at,
                    payment_reference, paid_at, shipped_at, carrier, tracking_number, delivered_at, total_amount, total_currency)
SELECT id, number, buyer_id, md5('pb-seller' || seller_no)::uuid, 'USD', d IS NOT NULL OR g % 7 <> 0, placed, placed + interval '20 days',
       CASE WHEN paid THEN 'PAY-' || number END, CASE WHEN paid THEN placed + interval '1 hour' END,
       CASE WHEN shipped THEN placed + interval '2 days' END,
       CASE WHEN shipped THEN (ARRAY['DHL Express', 'SF Express', 'Cainiao', 'FedEx International'])[1 + g % 4] END,
       CASE WHEN shipped THEN 'TRK' || g END, delivered_at, total, 'USD'
FROM ord;

INSERT INTO order_lines (order_id, line_number, product_name, category_code, quantity, quantity_delivered, unit_price_amount, unit_price_currency)
SELECT o.id, n,
       (ARRAY['Garden hose 25 m', 'Bluetooth headphones', 'Cotton T-shirt', 'Hydraulic jack 20 t', 'Smart LED bulb',
              'Espresso machine', 'Merino scarf', 'Angle grinder', 'Solar panel 400 W', 'Dried figs', 'Face serum 30 ml',
              'USB-C charger 65 W', 'Linen bed sheets', 'Gear pump', 'Ceramic plant pot', 'Wool socks', 'Robot vacuum',
              'Bench vise', 'Green tea 500 g', 'Lip balm set'])[1 + (o.g * 7 + n) % 20] || ' #' || (o.g % 97),
       (ARRAY['home-garden', 'electronics', 'apparel', 'machinery', 'electronics', 'home-garden', 'apparel', 'machinery', 'electronics',
              'perishables', 'beauty', 'electronics', 'apparel', 'machinery', 'home-garden', 'apparel', 'electronics', 'machinery',
              'perishables', 'beauty'])[1 + (o.g * 7 + n) % 20],
       1 + (o.g + n) % 5,
       CASE WHEN o.delivered_at IS NULL THEN 0 WHEN o.g % 23 = 0 AND n = 1 THEN (1 + (o.g + n) % 5) - 1 ELSE 1 + (o.g + n) % 5 END,
       5 + (o.g * 13 + n * 7) % 200, 'USD'
FROM ord o, generate_series(1, 1 + o.g % 3) n;

-- Disputes, with everything the timeline needs worked out per row.
CREATE TEMP TABLE dd AS
SELECT o.d, md5('pb-dispute' || o.d)::uuid AS id, o.id AS order_id, o.number, o.buyer_id, md5('pb-seller' || o.seller_no)::uuid AS seller_id,
       'pb-seller-' || o.seller_no AS seller_user_id, o.st AS status, date_trunc('milliseconds', o.filed) AS filed, o.total AS claimed,
       round(o.total * 0.4, 2) AS counter_amount,
       (ARRAY['NotReceived', 'LateDelivery', 'NotAsDescribed', 'IncompleteOrder', 'DamagedInTransit', 'TermsViolated'])[1 + (o.d * 7) % 6] AS reason,
       -- the seller made a counter-offer (else the buyer escalated after the seller let the response time run out)
       (o.st IN ('Negotiating', 'Settled') OR (o.st NOT IN ('AwaitingSeller', 'Withdrawn') AND o.d % 2 = 0)) AS countered,
       o.st IN ('InMediation', 'AwaitingInformation', 'Decided', 'UnderAppeal', 'Closed', 'Expired') AS escalated,
       o.d % 3 <> 0 AS has_evidence,
       -- moderators drawn by a hash, so that each of them gets every kind of case (and an appeal never goes to the decider)
       CASE WHEN o.st IN ('AwaitingInformation', 'Expired') OR (o.st IN ('InMediation', 'UnderAppeal') AND (o.d / 7) % 10 IN (1, 2, 3, 4))
            THEN 'pb-mod-' || (1 + (hashtext('pb-m' || o.d) & 2147483647) % 50) END AS assigned,
       CASE WHEN o.st IN ('Decided', 'UnderAppeal', 'Closed')
            THEN 'pb-mod-' || (1 + ((hashtext('pb-m' || o.d) & 2147483647) % 50 + 1 + (hashtext('pb-x' || o.d) & 2147483647) % 49) % 50) END AS decider,
       CASE WHEN o.d % 2 = 0 THEN 'Rejected' ELSE 'PartialRefund' END AS decision_outcome
FROM ord o WHERE o.d IS NOT NULL;

-- The default policy EnsureDefaultsAsync wrote (no category, no reason); each dispute keeps a snapshot of it.
CREATE TEMP TABLE pol AS
SELECT * FROM deadline_policies WHERE category_code IS NULL AND reason IS NULL ORDER BY version DESC LIMIT 1;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pol) THEN RAISE EXCEPTION 'no default deadline policy: was the database migrated by the app?'; END IF; END $$;

-- Timeline steps in order; the sequence is the step's rank within its dispute.
CREATE TEMP TABLE evt AS
SELECT x.*, row_number() OVER (PARTITION BY x.dispute_id ORDER BY x.step)::int AS seq
FROM (
  SELECT id AS dispute_id, 1 AS step, 'Filed' AS kind, 'Buyer' AS actor, buyer_id AS actor_id, filed AS at,
         '{"amountClaimed":"' || pg_temp.money(claimed) || '","offerId":"' || md5('pb-claim' || d)::uuid || '","policy":"'
         || (SELECT id FROM pol) || '/v' || (SELECT version FROM pol) || '","reason":"' || reason || '","remedy":"FullRefund","status":"AwaitingSeller"}' AS payload
  FROM dd
  UNION ALL
  SELECT id, 2, 'EvidenceAdded', 'Buyer', buyer_id, filed + interval '1 hour',
         '{"bytes":"' || (200000 + d % 3000000) || '","evidenceId":"' || md5('pb-evidence' || d)::uuid || '","format":"Jpeg","kind":"Photo","name":"photo-'
         || d || '.jpg","receivedAt":"' || to_char((filed + interval '1 hour') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC","sha256":"'
         || encode(sha256(convert_to('pb-evidence' || d, 'UTF8')), 'hex') || '","status":"AwaitingSeller"}'
  FROM dd WHERE has_evidence
  UNION ALL
  SELECT id, 3, 'OfferMade', 'Seller', seller_user_id, filed + interval '1 day',
         '{"amount":"' || pg_temp.money(counter_amount) || '","note":"We can refund 40 percent and you keep the goods.","offerId":"'
         || md5('pb-counter' || d)::uuid || '","remedy":"PartialRefund","status":"Negotiating"}'
  FROM dd WHERE countered
  UNION ALL
  SELECT id, 4, 'OfferAccepted', 'Buyer', buyer_id, filed + interval '3 days',
         '{"offerId":"' || md5('pb-counter' || d)::uuid || '","outcome":"PartialRefund","refund":"' || pg_temp.money(counter_amount) || '","status":"Settled"}'
  FROM dd WHERE status = 'Settled'
  UNION ALL
  SELECT id, 4, 'Withdrawn', 'Buyer', buyer_id, filed + interval '2 days',
         '{"reason":"The seller sent the missing parts after all.","status":"Withdrawn"}'
  FROM dd WHERE status = 'Withdrawn'
  UNION ALL
  SELECT id, 5, 'Escalated', CASE WHEN countered THEN 'Buyer' ELSE 'System' END, CASE WHEN countered THEN buyer_id END, filed + interval '6 days',
         CASE WHEN countered THEN '{"sellerUnresponsive":"false","status":"InMediation","why":"requested"}'
              ELSE '{"sellerUnresponsive":"true","status":"InMediation","why":"seller-unresponsive"}' END
  FROM dd WHERE escalated
  UNION ALL
  SELECT id, 6, 'ModeratorAssigned', 'Moderator', coalesce(decider, assigned), filed + interval '7 days', '{"status":"InMediation"}'
  FROM dd WHERE status IN ('Decided', 'Closed', 'UnderAppeal', 'AwaitingInformation', 'Expired')
             OR (status = 'InMediation' AND assigned IS NOT NULL)
  UNION ALL
  SELECT id, 7, 'InformationRequested', 'Moderator', assigned, filed + interval '7 days 2 hours',
         '{"dueAt":"' || to_char(CASE WHEN status = 'Expired' THEN filed + interval '10 days' ELSE now() + (d % 2880) * interval '1 minute' END AT TIME ZONE 'UTC',
                                'YYYY-MM-DD"T"HH24:MI:SS".0000000+00:00"')
         || '","from":"Buyer","ifMissed":"' || CASE WHEN status = 'Expired' THEN 'CloseInFavourOfOtherParty' ELSE 'DecideOnAvailableEvidence' END
         || '","requestId":"' || md5('pb-request' || d)::uuid || '","status":"AwaitingInformation","what":"Please upload a photo of the serial number label."}'
  FROM dd WHERE status IN ('AwaitingInformation', 'Expired')
  UNION ALL
  SELECT id, 8, 'Expired', 'System', NULL, filed + interval '12 days', '{"status":"Expired","why":"buyer-silent"}'
  FROM dd WHERE status = 'Expired'
  UNION ALL
  SELECT id, 8, 'Decided', 'Moderator', decider, filed + interval '8 days' + (d % 96) * interval '1 hour',
         '{' || CASE WHEN decision_outcome = 'PartialRefund' THEN '"amount":"' || pg_temp.money(counter_amount) || '",' ELSE '' END
         || '"decisionId":"' || md5('pb-decision' || d)::uuid || '","onAppeal":"false","outcome":"' || decision_outcome
         || '","rationale":"The evidence on the record decides the claim as follows.","reasonCode":"'
         || CASE WHEN decision_outcome = 'PartialRefund' THEN 'defect-proven' ELSE 'insufficient-evidence' END || '","status":"Decided"}'
  FROM dd WHERE status IN ('Decided', 'UnderAppeal', 'Closed')
  UNION ALL
  SELECT id, 9, 'Appealed', 'Buyer', buyer_id, filed + interval '8 days' + (d % 96) * interval '1 hour' + interval '2 days',
         '{"newInformation":"The courier has now confirmed in writing that the crate was damaged.","status":"UnderAppeal"}'
  FROM dd WHERE status = 'UnderAppeal'
  UNION ALL
  SELECT id, 10, 'Closed', 'System', NULL, filed + interval '8 days' + (d % 96) * interval '1 hour' + interval '30 days',
         '{"status":"Closed","why":"appeal-window-closed"}'
  FROM dd WHERE status = 'Closed'
) x;
ALTER TABLE evt ADD PRIMARY KEY (dispute_id, seq);

-- The hash chain, one sequence number at a time (each entry hashes its predecessor's hash).
INSERT INTO dispute_events (dispute_id, sequence, kind, actor, actor_id, occurred_at, payload, previous_hash, hash)
SELECT dispute_id, seq, kind, actor, actor_id, at, payload, NULL, pg_temp.timeline_hash(dispute_id, seq, kind, actor, actor_id, at, payload, NULL)
FROM evt WHERE seq = 1;
DO $$ DECLARE k int; BEGIN
  FOR k IN 2 .. (SELECT max(seq) FROM evt) LOOP
    INSERT INTO dispute_events (dispute_id, sequence, kind, actor, actor_id, occurred_at, payload, previous_hash, hash)
    SELECT e.dispute_id, e.seq, e.kind, e.actor, e.actor_id, e.at, e.payload, p.hash,
           pg_temp.timeline_hash(e.dispute_id, e.seq, e.kind, e.actor, e.actor_id, e.at, e.payload, p.hash)
    FROM evt e JOIN dispute_events p ON p.dispute_id = e.dispute_id AND p.sequence = k - 1
    WHERE e.seq = k;
  END LOOP;
END $$;

INSERT INTO disputes (id, order_id, order_number, buyer_id, seller_id, seller_user_id, conversation_id, currency, reason, description,
                      requested_remedy, status, filed_at, seller_responded_at, seller_unresponsive, escalated_at, assigned_moderator_id,
                      assigned_at, moderator_stalled, decided_at, decided_by_moderator_id, appealed_at, appealed_by, appeal_information,
                      appealed_decision_moderator_id, withdrawal_reason, closed_at, outcome, next_deadline_at, timeline_length, timeline_head,
                      amount_claimed_amount, amount_claimed_currency, amount_paid_amount, amount_paid_currency,
                      refunded_before_filing_amount, refunded_before_filing_currency, deadline_policy_id, deadline_policy_version,
                      deadlines_seller_contact_period, deadlines_filing_window, deadlines_seller_response, deadlines_negotiation,
                      deadlines_information_request_default, deadlines_appeal_window, deadlines_moderator_action)
SELECT dd.id, order_id, number, buyer_id, seller_id, seller_user_id, NULL, 'USD', dd.reason,
       'The goods do not match the listing; photos and the chat with the seller are attached to this claim.', 'FullRefund',
       status, filed, CASE WHEN countered THEN filed + interval '1 day' END, escalated AND NOT countered,
       CASE WHEN escalated THEN filed + interval '6 days' END,
       coalesce(CASE WHEN status IN ('Decided', 'Closed') THEN decider END, CASE WHEN status <> 'Expired' THEN assigned END),
       CASE WHEN status IN ('Decided', 'Closed') OR (status <> 'Expired' AND assigned IS NOT NULL) THEN filed + interval '7 days' END,
       status IN ('InMediation', 'UnderAppeal') AND assigned IS NULL AND (d / 7) % 10 = 7,
       CASE WHEN decider IS NOT NULL THEN filed + interval '8 days' + (d % 96) * interval '1 hour' END, decider,
       CASE WHEN status = 'UnderAppeal' THEN filed + interval '8 days' + (d % 96) * interval '1 hour' + interval '2 days' END,
       CASE WHEN status = 'UnderAppeal' THEN 'Buyer' END,
       CASE WHEN status = 'UnderAppeal' THEN 'The courier has now confirmed in writing that the crate was damaged.' END,
       CASE WHEN status = 'UnderAppeal' THEN decider END,
       CASE WHEN status = 'Withdrawn' THEN 'The seller sent the missing parts after all.' END,
       CASE status WHEN 'Settled' THEN filed + interval '3 days' WHEN 'Withdrawn' THEN filed + interval '2 days'
                   WHEN 'Expired' THEN filed + interval '12 days' WHEN 'Closed' THEN filed + interval '8 days' + (d % 96) * interval '1 hour' + interval '30 days' END,
       CASE WHEN status = 'Settled' THEN 'PartialRefund' WHEN status = 'Expired' THEN 'Rejected' WHEN decider IS NOT NULL THEN decision_outcome END,
       CASE status WHEN 'AwaitingSeller' THEN filed + p.seller_response
                   WHEN 'Negotiating' THEN filed + interval '1 day' + p.negotiation
                   WHEN 'InMediation' THEN now() - interval '3 days' + (d % 7200) * interval '1 minute'
                   WHEN 'UnderAppeal' THEN now() - interval '3 days' + (d % 7200) * interval '1 minute'
                   WHEN 'AwaitingInformation' THEN now() + (d % 2880) * interval '1 minute'
                   WHEN 'Decided' THEN filed + interval '8 days' + (d % 96) * interval '1 hour' + p.appeal_window END,
       h.sequence, h.hash,
       claimed, 'USD', claimed, 'USD', 0, 'USD', p.id, p.version,
       p.seller_contact_period, p.filing_window, p.seller_response, p.negotiation, p.information_request_default, p.appeal_window, p.moderator_action
FROM dd CROSS JOIN pol p
JOIN LATERAL (SELECT sequence, hash FROM dispute_events e WHERE e.dispute_id = dd.id ORDER BY sequence DESC LIMIT 1) h ON true;

INSERT INTO dispute_offers (id, sequence, made_by, made_by_user_id, kind, note, made_at, status, status_changed_at, dispute_id, amount_amount, amount_currency)
SELECT md5('pb-claim' || d)::uuid, 1, 'Buyer', buyer_id, 'FullRefund', 'The buyer''s claim', filed,
       CASE WHEN status IN ('AwaitingSeller', 'Negotiating', 'InMediation', 'AwaitingInformation') THEN 'Standing'
            WHEN status = 'Withdrawn' THEN 'Standing' ELSE 'Lapsed' END,
       CASE WHEN status IN ('AwaitingSeller', 'Negotiating', 'InMediation', 'AwaitingInformation', 'Withdrawn') THEN NULL ELSE filed + interval '8 days' END,
       id, claimed, 'USD'
FROM dd
UNION ALL
SELECT md5('pb-counter' || d)::uuid, 2, 'Seller', seller_user_id, 'PartialRefund', 'We can refund 40 percent and you keep the goods.', filed + interval '1 day',
       CASE status WHEN 'Settled' THEN 'Accepted' WHEN 'Negotiating' THEN 'Standing' WHEN 'InMediation' THEN 'Standing'
                   WHEN 'AwaitingInformation' THEN 'Standing' ELSE 'Lapsed' END,
       CASE WHEN status IN ('Negotiating', 'InMediation', 'AwaitingInformation') THEN NULL ELSE filed + interval '3 days' END,
       id, counter_amount, 'USD'
FROM dd WHERE countered;

INSERT INTO dispute_decisions (id, outcome, reason_code, rationale, moderator_id, decided_at, on_appeal, dispute_id, amount_amount, amount_currency)
SELECT md5('pb-decision' || d)::uuid, decision_outcome, CASE WHEN decision_outcome = 'PartialRefund' THEN 'defect-proven' ELSE 'insufficient-evidence' END,
       'The evidence on the record decides the claim as follows.', decider, filed + interval '8 days' + (d % 96) * interval '1 hour', false, id,
       CASE WHEN decision_outcome = 'PartialRefund' THEN counter_amount END, CASE WHEN decision_outcome = 'PartialRefund' THEN 'USD' END
FROM dd WHERE decider IS NOT NULL;

INSERT INTO refunds (id, cause, recorded_at, dispute_id, amount_amount, amount_currency)
SELECT md5('pb-refund' || d)::uuid, CASE WHEN status = 'Settled' THEN 'Settlement' ELSE 'Decision' END,
       CASE WHEN status = 'Settled' THEN filed + interval '3 days' ELSE filed + interval '8 days' + (d % 96) * interval '1 hour' END, id, counter_amount, 'USD'
FROM dd WHERE status = 'Settled' OR (decider IS NOT NULL AND decision_outcome = 'PartialRefund');

INSERT INTO information_requests (id, requested_by_moderator_id, requested_from, what, requested_at, due_at, if_missed, missed_at, dispute_id)
SELECT md5('pb-request' || d)::uuid, assigned, 'Buyer', 'Please upload a photo of the serial number label.', filed + interval '7 days 2 hours',
       CASE WHEN status = 'Expired' THEN filed + interval '10 days' ELSE now() + (d % 2880) * interval '1 minute' END,
       CASE WHEN status = 'Expired' THEN 'CloseInFavourOfOtherParty' ELSE 'DecideOnAvailableEvidence' END,
       CASE WHEN status = 'Expired' THEN filed + interval '12 days' END, id
FROM dd WHERE status IN ('AwaitingInformation', 'Expired');

INSERT INTO evidence_items (id, dispute_id, uploaded_by, uploader_id, kind, caption, stored_name, original_name, format, size_bytes, sha256,
                            received_at, status, submitted_at)
SELECT md5('pb-evidence' || d)::uuid, id, 'Buyer', buyer_id, 'Photo', 'The damaged unit as it arrived', md5('pb-evidence-file' || d),
       'photo-' || d || '.jpg', 'Jpeg', 200000 + d % 3000000, encode(sha256(convert_to('pb-evidence' || d, 'UTF8')), 'hex'),
       filed + interval '1 hour', 'Submitted', filed + interval '1 hour'
FROM dd WHERE has_evidence;

INSERT INTO notifications (id, recipient_id, audience, dispute_id, kind, title, body, due_at, created_at, read_at)
SELECT md5('pb-notification' || d)::uuid, buyer_id, 'Buyer', id, 'DisputeFiled', 'Your dispute on order ' || number || ' was filed',
       'The seller has been asked to respond.', NULL, filed, CASE WHEN d % 4 <> 0 THEN filed + interval '1 hour' END
FROM dd;

DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT ddl FROM saved_ddl ORDER BY ord LOOP EXECUTE r.ddl; END LOOP;
END $$;
