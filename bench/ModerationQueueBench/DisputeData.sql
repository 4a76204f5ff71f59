-- 200,000 disputes (each on its own order) for 2,000 buyers, 100 sellers and 40 moderators, in a realistic mix:
-- most closed (settled 30 %, closed 20 %, withdrawn 5 %, expired 5 %), then negotiating 12 %, awaiting the seller 8 %,
-- in mediation 8 % (16,000: 60 % unassigned, a tenth stalled, deadlines from 3 days overdue to 2 days ahead),
-- decided 7 %, awaiting information 3 %, under appeal 2 %. Moderator 1 holds about 350 open cases.
INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, display_name, is_disabled,
                   email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
SELECT id, id || '@bench.test', upper(id || '@bench.test'), id || '@bench.test', upper(id || '@bench.test'), 'Bench ' || id,
       false, true, false, false, true, 0
FROM (SELECT 'bench-user-' || g AS id FROM generate_series(1, 2100) g
      UNION ALL SELECT 'bench-mod-' || g FROM generate_series(1, 40) g) u;

INSERT INTO sellers (id, user_id, joined_at, profile_address, profile_business_name, profile_contact_email, profile_contact_name,
                     profile_contact_phone, profile_country, profile_registration_number)
SELECT md5('seller' || g)::uuid, 'bench-user-' || (2000 + g), now() - interval '3 years', g || ' Market Street',
       (ARRAY['Brightway', 'Costa', 'Karoo', 'Nordic', 'Lotus'])[1 + g % 5] || ' Trading ' || g, 's' || g || '@bench.test',
       'Contact ' || g, '+1 555 0100', 'CN', 'REG-' || g
FROM generate_series(1, 100) g;

INSERT INTO orders (id, number, buyer_id, seller_id, currency, assurance_covered, placed_at, expected_delivery_at,
                    payment_reference, paid_at, shipped_at, carrier, tracking_number, delivered_at, total_amount, total_currency)
SELECT md5('order' || g)::uuid, 'DQ-' || lpad(g::text, 7, '0'), 'bench-user-' || (1 + g % 2000), md5('seller' || (1 + g % 100))::uuid,
       'USD', true, placed, placed + interval '20 days', 'PAY-' || g, placed + interval '1 hour', placed + interval '2 days',
       'DHL', 'TRK' || g, placed + interval '15 days', 10 + (g * 37) % 2000, 'USD'
FROM (SELECT g, now() - (g % 365) * interval '1 day' - interval '30 days' AS placed FROM generate_series(1, 200000) g) s;

INSERT INTO disputes (id, order_id, order_number, buyer_id, seller_id, seller_user_id, currency, reason, description, requested_remedy,
                      status, filed_at, seller_unresponsive, escalated_at, assigned_moderator_id, assigned_at, moderator_stalled,
                      decided_at, decided_by_moderator_id, appealed_at, appealed_decision_moderator_id, closed_at, next_deadline_at,
                      timeline_length, amount_claimed_amount, amount_claimed_currency, amount_paid_amount, amount_paid_currency,
                      refunded_before_filing_amount, refunded_before_filing_currency, deadline_policy_id, deadline_policy_version,
                      deadlines_seller_contact_period, deadlines_filing_window, deadlines_seller_response, deadlines_negotiation,
                      deadlines_information_request_default, deadlines_appeal_window, deadlines_moderator_action)
SELECT md5('dispute' || g)::uuid, md5('order' || g)::uuid, 'DQ-' || lpad(g::text, 7, '0'), 'bench-user-' || (1 + g % 2000),
       md5('seller' || (1 + g % 100))::uuid, 'bench-user-' || (2000 + 1 + g % 100), 'USD',
       (ARRAY['NotReceived', 'LateDelivery', 'NotAsDescribed', 'IncompleteOrder', 'DamagedInTransit', 'TermsViolated'])[1 + (g * 7) % 6],
       'The goods do not match the listing; photos and the chat with the seller are attached.', 'FullRefund',
       status, filed, status <> 'AwaitingSeller' AND g % 4 = 0,
       CASE WHEN status IN ('InMediation', 'AwaitingInformation', 'Decided', 'UnderAppeal', 'Closed') THEN filed + interval '6 days' END,
       CASE WHEN status = 'AwaitingInformation' OR (status IN ('InMediation', 'UnderAppeal') AND (g / 7) % 10 IN (1, 2, 3, 4))
            THEN 'bench-mod-' || (1 + g % 40) END,
       CASE WHEN status = 'AwaitingInformation' OR (status IN ('InMediation', 'UnderAppeal') AND (g / 7) % 10 IN (1, 2, 3, 4)) THEN now() - interval '1 day' END,
       status IN ('InMediation', 'UnderAppeal') AND (g / 7) % 10 = 7,
       CASE WHEN status IN ('Decided', 'UnderAppeal', 'Closed') THEN filed + interval '6 days' + (g % 96) * interval '1 hour' END,
       CASE WHEN status IN ('Decided', 'UnderAppeal', 'Closed') THEN 'bench-mod-' || (1 + (g + 3) % 40) END,
       CASE WHEN status = 'UnderAppeal' THEN now() - interval '1 day' END,
       CASE WHEN status = 'UnderAppeal' THEN 'bench-mod-' || (1 + (g + 3) % 40) END,
       CASE WHEN status IN ('Settled', 'Withdrawn', 'Expired', 'Closed') THEN filed + interval '20 days' END,
       CASE WHEN status IN ('Settled', 'Withdrawn', 'Expired', 'Closed') THEN NULL
            WHEN status IN ('InMediation', 'UnderAppeal') THEN now() - interval '3 days' + (g % 7200) * interval '1 minute'
            ELSE now() + (g % 5000) * interval '1 minute' END,
       3, 10 + (g * 37) % 2000, 'USD', 10 + (g * 37) % 2000, 'USD', 0, 'USD', md5('policy')::uuid, 1,
       interval '3 days', interval '30 days', interval '5 days', interval '7 days', interval '3 days', interval '30 days', interval '2 days'
FROM (SELECT g,
             CASE WHEN b < 30 THEN 'Settled' WHEN b < 50 THEN 'Closed' WHEN b < 55 THEN 'Withdrawn' WHEN b < 60 THEN 'Expired'
                  WHEN b < 72 THEN 'Negotiating' WHEN b < 80 THEN 'AwaitingSeller' WHEN b < 88 THEN 'InMediation'
                  WHEN b < 95 THEN 'Decided' WHEN b < 98 THEN 'AwaitingInformation' ELSE 'UnderAppeal' END AS status,
             now() - (g % 400) * interval '1 day' - interval '1 day' AS filed
      FROM (SELECT g, (g * 7919) % 100 AS b FROM generate_series(1, 200000) g) x) s;



-- The first decision of every decided, appealed or closed-after-decision case, for the median time to decision.
INSERT INTO dispute_decisions (id, outcome, reason_code, rationale, moderator_id, decided_at, on_appeal, dispute_id)
SELECT md5('decision' || id)::uuid, 'Rejected', 'no-evidence', 'The evidence does not support the claim.', decided_by_moderator_id,
       decided_at, false, id
FROM disputes WHERE decided_at IS NOT NULL;
