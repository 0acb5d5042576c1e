-- Due-warnings query at scale (ADR 0010). Run against a throwaway PostgreSQL, e.g.:
--   initdb -A trust -D /tmp/b && pg_ctl -D /tmp/b -o '-p 55432 -k /tmp' start && psql -h /tmp -p 55432 -U postgres -f bench/warnings-due-query.sql
-- Mirrors the tables of src/Registry/Warnings/WarningTables.cs, the query of DueWarnings.cs and the digest queries of
-- WarningStore.Digests.cs.
create schema registry;
create table registry.warning_deadlines (document_id uuid, kind text, subject text, target_date date not null, title text not null, document_kind text not null, owner_bodies text[] not null, details text not null, responsible_contacts text[], primary key(document_id, kind, subject));
create index ix_warning_deadlines_target_date on registry.warning_deadlines(target_date);
create table registry.warnings (id uuid primary key, document_id uuid not null, title text not null, document_kind text not null, kind text not null, subject text not null, threshold_days int not null, target_date date not null, details text not null, issued_at timestamptz not null, channels text not null, recipients text not null, acknowledged_at timestamptz, acknowledged_by text, owner_bodies text[], covered_by uuid);
create index ix_warnings_document_id on registry.warnings(document_id);
create unique index ux_warnings_key on registry.warnings(document_id, kind, subject, target_date, threshold_days);
-- 100 000 documents: expiry spread over 10 years, notice deadlines for a fifth
insert into registry.warning_deadlines select gen_random_uuid(), 'expiry', '', date '2026-01-01' + (random()*3650)::int, 'Dokument '||g, 'riktlinje', array['VVG'], '' from generate_series(1,100000) g;
insert into registry.warning_deadlines select document_id, 'noticeDeadline', '', target_date - 240, title, 'avtal', owner_bodies, '' from registry.warning_deadlines where random() < 0.2;
-- warnings already issued for everything due before 2030-06-01
insert into registry.warnings select md5(d.document_id::text||d.kind||t.days)::uuid, d.document_id, d.title, d.document_kind, d.kind, d.subject, t.days, d.target_date, '', now(), '', '', null, null, d.owner_bodies, null
 from registry.warning_deadlines d cross join unnest(array[180,90,30,7,0]) t(days) where d.target_date - t.days <= date '2030-06-01' and d.target_date >= date '2030-06-01' - 200;
analyze;
select count(*) as deadlines from registry.warning_deadlines; select count(*) as warnings from registry.warnings;
\timing on
explain analyze with thresholds as (select * from unnest(array['expiry','expiry','expiry','expiry','expiry','noticeDeadline','noticeDeadline','noticeDeadline','noticeDeadline','noticeDeadline','remissDeadline','remissDeadline','remissDeadline','followUp','followUp','followUp'], array['*','*','*','*','*','*','*','*','*','*','*','*','*','*','*','*'], array[180,90,30,7,0,180,90,30,7,0,30,7,0,30,7,0]) as t(kind, document_kind, days))
select d.document_id, d.kind, d.subject, d.target_date, t.days, d.title, d.document_kind, d.owner_bodies, d.details,
  coalesce(d.responsible_contacts, array[]::text[]),
  (select min(i.threshold_days) from registry.warnings i where i.document_id = d.document_id and i.kind = d.kind and i.subject = d.subject and i.target_date = d.target_date)
from registry.warning_deadlines d
join thresholds t on t.kind = d.kind and t.document_kind = case when exists (select 1 from thresholds o where o.kind = d.kind and o.document_kind = lower(d.document_kind)) then lower(d.document_kind) else '*' end
where d.target_date between date '2030-06-02' and date '2030-06-02' + 180 and d.target_date - t.days <= date '2030-06-02'
  and not exists (select 1 from registry.warnings w where w.document_id = d.document_id and w.kind = d.kind and w.subject = d.subject and w.target_date = d.target_date and w.threshold_days = t.days);

-- The digest of a recipient on the default list (every document), as WarningStore.Digest runs it: deadlines in the
-- next 30 days, then each deadline's most urgent warning still to be handled.
explain analyze select document_id, kind, subject, target_date, title, details, owner_bodies from registry.warning_deadlines
where target_date between date '2030-06-02' and date '2030-06-02' + 30 and (null::text[] is null or owner_bodies && null::text[])
order by target_date, title;
explain analyze select distinct on (w.document_id, w.kind, w.subject) w.* from registry.warnings w
join registry.warning_deadlines d on d.document_id = w.document_id and d.kind = w.kind and d.subject = w.subject and d.target_date = w.target_date
where w.covered_by is null and (w.acknowledged_at is null or w.target_date < date '2030-06-02') and (null::text[] is null or d.owner_bodies && null::text[])
order by w.document_id, w.kind, w.subject, w.threshold_days;
