-- Q1 unearmarked share (JPQL -> SQL)
select m.earmark_class, sum(m.amount) from income_movement m where m.income_date between '2025-01-01' and '2025-12-31' group by m.earmark_class;
-- Q2 income(period) with donor join (reserve, private, institutional, budget)
select coalesce(d.kind, 'UNKNOWN'), coalesce(d.income_category, 'UNKNOWN'), m.earmark_class, sum(m.amount) from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.income_date between '2025-01-01' and '2025-12-31' group by 1, 2, 3;
-- Q3 donorsWithNetGiving
select count(*) from (select coalesce(a.survivor_id, m.donor_id) from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.income_date between '2025-01-01' and '2025-12-31' and d.kind = 'INDIVIDUAL' group by coalesce(a.survivor_id, m.donor_id) having sum(m.amount) > 0) x;
-- Q4 giftsNotReversed
select count(distinct m.gift_id) from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.movement = 'RECORDED' and m.income_date between '2025-01-01' and '2025-12-31' and d.kind = 'INDIVIDUAL' and not exists (select 1 from income_movement r where r.gift_id = m.gift_id and r.movement = 'REVERSED');
-- Q5 netPositiveYears
select count(*) from (select coalesce(a.survivor_id, m.donor_id), year(m.income_date), sum(m.amount) from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.income_date <= '2025-12-31' group by 1, 2 having sum(m.amount) > 0) x;
-- Q6 allocations head
select count(*), coalesce(sum(m.amount), 0) from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.income_date between '2025-01-01' and '2025-12-31';
-- Q7 allocations page
select m.id, m.movement, m.gift_id, coalesce(a.survivor_id, m.donor_id), m.income_date, m.earmark_class, m.fund_code, (select max(f.name) from fund_replica f where f.code = m.fund_code), m.amount, coalesce(d.kind, 'UNKNOWN'), coalesce(d.income_category, 'UNKNOWN'), m.campaign_id, m.appeal_id from income_movement m left join donor_alias a on a.merged_id = m.donor_id left join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) where m.income_date between '2025-01-01' and '2025-12-31' order by m.income_date, m.id limit 50;
