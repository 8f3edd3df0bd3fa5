-- A delivery plan belongs to at most one hub cycle (V10's hub_cycle, built in parallel with V20).
-- Removing a cycle leaves its plan standing alone: the plan keeps its own priority_title.
alter table delivery_plan add constraint delivery_plan_hub_cycle_fk
    foreign key (hub_cycle_id) references hub_cycle (id) on delete set null;

create index delivery_plan_hub_cycle_idx on delivery_plan (hub_cycle_id);
