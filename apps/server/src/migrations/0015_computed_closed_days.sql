-- Swedish public holidays and the closed eves are computed for any year (date-holidays), no longer stored:
-- remove the region-wide rows the demo seed (and the benchmark) wrote for them. A region's or unit's own
-- closed days stay: unit rows, rows of kind 'other', and any row whose name is not a Swedish holiday's.
DELETE FROM "closed_days"
WHERE "unit_id" IS NULL
  AND "kind" IN ('holiday', 'eve')
  AND "name" IN (
    'nyårsdagen', 'trettondedag jul', 'långfredagen', 'påskafton', 'påskdagen', 'annandag påsk',
    'första maj', 'Kristi himmelsfärdsdag', 'pingstdagen', 'nationaldagen', 'midsommarafton',
    'midsommardagen', 'alla helgons dag', 'julafton', 'juldagen', 'annandag jul', 'nyårsafton'
  );
