-- The rows a return (退回) names, in the order the reviewer gave them: they were read back in whatever
-- order the database returned them. Rows stored before this migration keep position 0 and are read
-- in row-id order among themselves.
alter table plan_return_row add column position int default 0 not null;
