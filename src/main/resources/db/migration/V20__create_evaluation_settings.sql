-- Year-end assessment settings per cycle (评分规则): grade schemes, rater panel, composite formula,
-- bands and the lead departments' items, kept as one JSON document in the scenario settings format
-- of docs/scoring.md. A cycle without a row uses ScoringSettings.defaults().

create table evaluation_settings (
    cycle_id       bigint primary key references assessment_cycle (id),
    settings_json  text not null,
    version        bigint not null,
    updated_at     timestamp not null,
    updated_by     varchar(64) not null
);

-- Which lead department (牵头部门) a LEAD_DEPARTMENT account speaks for, and a rater's home unit.
create table evaluation_account_profile (
    account_id       bigint primary key references account (id),
    lead_department  varchar(100)
);
