-- Units' target tables (绩效目标考评表): category -> first-level -> second-level indicators.
-- Rows are identified by UUIDs the domain assigns; responsibility lists hang off a row id, which
-- is either a second-level indicator or a first-level item without second level.

create table target_table (
    id          uuid primary key,
    cycle_id    bigint not null references assessment_cycle (id),
    unit_id     bigint not null references unit (id),
    unit_name   varchar(200) not null,
    assessment_year int not null,
    version     bigint not null,
    updated_at  timestamp not null,
    updated_by  varchar(64) not null,
    constraint uk_target_table_cycle_unit unique (cycle_id, unit_id)
);

create table table_category (
    table_id         uuid not null references target_table (id),
    category_key     varchar(50) not null,
    name             varchar(100) not null,
    role             varchar(30) not null,
    declared_points  numeric(10, 2),
    position         int not null,
    primary key (table_id, category_key)
);

create table first_level_indicator (
    id            uuid primary key,
    table_id      uuid not null references target_table (id),
    category_key  varchar(50) not null,
    position      int not null,
    code          varchar(20),
    text          varchar(4000) not null,
    points        numeric(10, 2),
    area          varchar(100) not null,
    is_item       boolean not null,
    deadline      varchar(200),
    remark        varchar(2000)
);
create index ix_first_level_table on first_level_indicator (table_id);

create table policy_reference (
    first_level_id   uuid not null references first_level_indicator (id),
    table_id         uuid not null references target_table (id),
    position         int not null,
    title            varchar(2000) not null,
    document_number  varchar(100),
    note             varchar(1000) not null,
    primary key (first_level_id, position)
);
create index ix_policy_reference_table on policy_reference (table_id);

create table second_level_indicator (
    id              uuid primary key,
    first_level_id  uuid not null references first_level_indicator (id),
    table_id        uuid not null references target_table (id),
    position        int not null,
    code            varchar(20),
    text            varchar(4000) not null,
    weight          numeric(10, 2),
    deadline        varchar(200) not null,
    remark          varchar(2000) not null
);
create index ix_second_level_table on second_level_indicator (table_id);

create table row_department (
    row_id    uuid not null,
    table_id  uuid not null references target_table (id),
    position  int not null,
    name      varchar(200) not null,
    head      varchar(100) not null,
    primary key (row_id, position)
);
create index ix_row_department_table on row_department (table_id);

create table row_person (
    row_id    uuid not null,
    table_id  uuid not null references target_table (id),
    kind      varchar(10) not null,
    position  int not null,
    name      varchar(100) not null,
    primary key (row_id, kind, position)
);
create index ix_row_person_table on row_person (table_id);
