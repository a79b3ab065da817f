-- The SHA-256 of each published version's results.json (shown on the results page and the public site) and
-- the reason the office recorded when it published with units that cannot be scored.
alter table published_results add column results_sha256 varchar(64);
alter table published_results add column publish_note varchar(2000);
