-- Published results (结果发布): each publication freezes a numbered version with the scenario it was
-- computed from and the results JSON of docs/scoring.md.

create table published_results (
    cycle_id        bigint not null references assessment_cycle (id),
    version_number  int not null,
    scenario_json   text not null,
    results_json    text not null,
    published_by    varchar(64) not null,
    published_at    timestamp not null,
    primary key (cycle_id, version_number)
);
