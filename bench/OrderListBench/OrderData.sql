-- 100,000 orders for 1,000 buyers and 50 sellers, 1-3 lines each, in every situation.
-- Buyer 1 is a heavy buyer with 2,000 orders; seller 1 receives a fifth of all orders.
INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, display_name, is_disabled,
                   email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
SELECT 'bench-user-' || g, 'user' || g || '@bench.test', upper('user' || g || '@bench.test'), 'user' || g || '@bench.test',
       upper('user' || g || '@bench.test'), 'Bench User ' || g, false, true, false, false, true, 0
FROM generate_series(1, 1050) g;

INSERT INTO sellers (id, user_id, joined_at, profile_address, profile_business_name, profile_contact_email, profile_contact_name,
                     profile_contact_phone, profile_country, profile_registration_number)
SELECT md5('seller' || g)::uuid, 'bench-user-' || (1000 + g), now() - interval '3 years', g || ' Market Street',
       (ARRAY['Brightway', 'Costa', 'Karoo', 'Nordic', 'Lotus'])[1 + g % 5] || ' Trading ' || g, 's' || g || '@bench.test',
       'Contact ' || g, '+1 555 0100', 'CN', 'REG-' || g
FROM generate_series(1, 50) g;

INSERT INTO orders (id, number, buyer_id, seller_id, currency, assurance_covered, placed_at, expected_delivery_at,
                    payment_reference, paid_at, shipped_at, carrier, tracking_number, delivered_at, total_amount, total_currency)
SELECT md5('order' || g)::uuid,
       'DC-B-' || lpad(g::text, 7, '0'),
       'bench-user-' || CASE WHEN g <= 2000 THEN 1 ELSE 2 + g % 999 END,
       md5('seller' || CASE WHEN g % 5 = 0 THEN 1 ELSE 1 + g % 50 END)::uuid,
       'USD', g % 7 <> 0,
       placed, placed + interval '20 days',
       CASE WHEN g % 11 <> 0 THEN 'PAY-' || g END,
       CASE WHEN g % 11 <> 0 THEN placed + interval '1 hour' END,
       CASE WHEN g % 11 <> 0 AND g % 13 <> 0 THEN placed + interval '2 days' END,
       CASE WHEN g % 11 <> 0 AND g % 13 <> 0 THEN 'DHL' END,
       CASE WHEN g % 11 <> 0 AND g % 13 <> 0 THEN 'TRK' || g END,
       CASE WHEN g % 11 <> 0 AND g % 13 <> 0 AND placed < now() - interval '25 days' AND g % 17 <> 0 THEN placed + interval '15 days' END,
       0, 'USD'
FROM (SELECT g, now() - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour' AS placed FROM generate_series(1, 100000) g) s;

INSERT INTO order_lines (order_id, line_number, product_name, category_code, quantity, quantity_delivered, unit_price_amount, unit_price_currency)
SELECT md5('order' || g)::uuid, n,
       (ARRAY['Garden hose 25 m', 'Bluetooth headphones', 'Cotton T-shirt', 'Hydraulic jack 20 t', 'Smart LED bulb',
              'Espresso machine', 'Merino scarf', 'Angle grinder', 'Solar panel 400 W', 'Dried figs'])[1 + (g * 7 + n) % 10] || ' #' || (g % 97),
       (ARRAY['home-garden', 'electronics', 'apparel', 'machinery', 'electronics', 'home-garden', 'apparel', 'machinery', 'electronics', 'perishables'])[1 + (g * 7 + n) % 10],
       1 + (g + n) % 20, 0, 5 + (g % 50), 'USD'
FROM generate_series(1, 100000) g, generate_series(1, 1 + g % 3) n;

UPDATE order_lines l SET quantity_delivered = CASE WHEN o.number LIKE '%3' AND l.line_number = 1 THEN l.quantity - 1 ELSE l.quantity END
FROM orders o WHERE o.id = l.order_id AND o.delivered_at IS NOT NULL;

UPDATE orders o SET total_amount = t.total
FROM (SELECT order_id, sum(quantity * unit_price_amount) AS total FROM order_lines GROUP BY order_id) t
WHERE t.order_id = o.id;

ANALYZE;
