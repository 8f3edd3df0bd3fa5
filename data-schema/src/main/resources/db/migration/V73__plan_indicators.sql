-- The performance indicators a delivery plan's "Current data and performance" section pulls in
-- (issue 12): the plan's Word and PDF show each one's trend chart and latest values, in this order.

create table plan_indicator (
    delivery_plan_id bigint not null references delivery_plan (id) on delete cascade,
    indicator_id bigint not null references performance_indicator (id) on delete cascade,
    sort_order integer not null,
    primary key (delivery_plan_id, indicator_id)
);
