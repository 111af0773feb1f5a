-- Reference-CRM extension (not in Vtiger): how often each FAQ was read.
-- FetchRecord of a published FAQ counts one view; the Faq module shows the
-- count as the read-only field view_count, so the portal can list the most
-- read articles. Against a stock Vtiger the field does not exist.
ALTER TABLE faqs
    ADD COLUMN view_count INT NOT NULL DEFAULT 0,
    ADD KEY faqs_view_count (view_count);

-- Installations that predate the field see it in the portal too.
UPDATE customerportal_fields SET fieldinfo = JSON_INSERT(fieldinfo, '$.view_count', 0)
    WHERE module = 'Faq' AND JSON_VALID(fieldinfo);
