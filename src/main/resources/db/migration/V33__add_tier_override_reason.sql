-- Who set what (issue 9 item 4): the office overriding a lead department's tier gives a reason,
-- kept with the tier. Tiers set before this have none (they were not overrides on record).
alter table item_tier add column reason varchar(500);
