-- Implementation tracking (issue 13): reporting periods per cycle, progress reports per second-level
-- indicator and period with the office's review, accounts linked to the people a row names, and evidence
-- files that remember the period they were reported with (null: uploaded with the self-evaluation).

alter table evidence_file add column period_no int;

-- How a cycle's year is cut into reporting periods (QUARTERLY by default, MONTHLY allowed) and which
-- periods the office has opened. A cycle without a row reports quarterly with nothing opened yet.
create table tracking_schedule (
    cycle_id      bigint primary key references assessment_cycle (id),
    scheme        varchar(20) not null,
    grace_days    int not null,
    updated_at    timestamp not null,
    updated_by    varchar(64) not null
);

create table tracking_period (
    cycle_id    bigint not null references assessment_cycle (id),
    period_no   int not null,
    opened_at   timestamp not null,
    opened_by   varchar(64) not null,
    primary key (cycle_id, period_no)
);

-- One report per row and period: status, percentage where quantitative, what was done; the review.
create table progress_report (
    cycle_id       bigint not null references assessment_cycle (id),
    unit_id        bigint not null references unit (id),
    row_id         uuid not null,
    period_no      int not null,
    status         varchar(20) not null,
    percent_done   int,
    done_text      varchar(4000) not null,
    review         varchar(20) not null,
    review_comment varchar(1000) default '' not null,
    submitted_at   timestamp not null,
    submitted_by   varchar(64) not null,
    reviewed_at    timestamp,
    reviewed_by    varchar(64),
    primary key (cycle_id, row_id, period_no)
);
create index ix_progress_report_unit on progress_report (cycle_id, unit_id, period_no);

-- An account that speaks for a person of its unit (科室负责人, 责任人): it sees and reports the rows that
-- name that person or the person's department.
create table tracking_account_person (
    account_id  bigint primary key references account (id),
    person_id   bigint not null references person (id)
);
