-- 应评人数 per group (issue 9): how many rater scores each item of the group's units expects.
-- No row: every rater assigned to the unit (at most the cycle's 集中考评组人数).
create table group_panel_size (
    group_id    bigint not null primary key references assessment_group (id),
    cycle_id    bigint not null references assessment_cycle (id),
    panel_size  int not null,
    updated_at  timestamp not null,
    updated_by  varchar(100) not null,
    constraint ck_group_panel_size check (panel_size between 1 and 7)
);
create index ix_group_panel_size_cycle on group_panel_size (cycle_id);
